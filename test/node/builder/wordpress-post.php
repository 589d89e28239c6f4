<?php
/**
 * What WordPress makes of a post an Author saves, without a site: the post content (stdin) is filtered as
 * WordPress filters an Author's post on save (wp_filter_post_kses: no unfiltered_html), then rendered as
 * the_content renders it (texturize, autop, shortcodes) with the SensIQ Embed plugin's shortcodes registered.
 * WordPress's own code from Debian's `wordpress` package; the plugin as built in dist/wordpress/sensiq-embed/.
 * Only the functions that need a database (options) are stood in for, returning their defaults.
 *
 * Usage: php wordpress-post.php < post.html
 */

define('ABSPATH', '/usr/share/wordpress/');
define('WPINC', 'wp-includes');

// Stand-ins for what would read the database: no options saved, so every option has its default.
function get_option($name, $default = false) {
	return 'blog_charset' === $name ? 'UTF-8' : $default;
}
function wp_load_alloptions() {
	return ['blog_charset' => 'UTF-8'];
}
function is_multisite() {
	return false;
}
function is_admin() {
	return false;
}
function wp_allowed_protocols() {
	return [
		'http',
		'https',
		'ftp',
		'ftps',
		'mailto',
		'news',
		'irc',
		'irc6',
		'ircs',
		'gopher',
		'nntp',
		'feed',
		'telnet',
		'mms',
		'rtsp',
		'sms',
		'svn',
		'tel',
		'fax',
		'xmpp',
		'webcal',
		'urn',
	];
}

require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/pomo/translations.php';
require ABSPATH . WPINC . '/l10n.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/shortcodes.php';
require ABSPATH . WPINC . '/class-wp-textdomain-registry.php';
$GLOBALS['wp_textdomain_registry'] = new WP_Textdomain_Registry();

// The reader is a visitor: notices for administrators stay out of the page.
function current_user_can($capability) {
	return false;
}
// Outside the loop: no post (the plugin asks whom a notice is for).
function get_the_ID() {
	return false;
}
define('SENSIQ_EMBED_VERSION', 'test');
define('WP_LANG_DIR', sys_get_temp_dir() . '/sensiq-no-languages'); // no translations: the English strings

// The plugin's elements and shortcodes; loading the loader is the page's business, not the post's.
$sensiq_plugin = dirname(__DIR__, 3) . '/dist/wordpress/sensiq-embed/includes/';
function sensiq_embed_enqueue_loader() {}
require $sensiq_plugin . 'options.php';
require $sensiq_plugin . 'elements.php';
require $sensiq_plugin . 'server-render.php';
require $sensiq_plugin . 'shortcodes.php';
sensiq_embed_register_shortcodes();

$saved = wp_kses_post(stream_get_contents(STDIN));
echo do_shortcode(shortcode_unautop(wpautop(wptexturize($saved))));
