<?php
/**
 * Settings > SensIQ Embed: site-wide defaults (clinic mode, theme, analytics) and when to load, through the Settings API.
 *
 * @package SensIQ_Embed
 */

defined('ABSPATH') || exit();

/**
 * What the settings declaration (src/internal/settings.ts, in the generated element table) says of one setting:
 * its label, help and choice words.
 *
 * @param string $name Attribute name (`no-promo`).
 * @return array{label: string, help: string, choices: array<string, string>}
 */
function sensiq_embed_setting_words($name) {
	foreach (sensiq_embed_elements() as $element) {
		if (isset($element['labels'][$name])) {
			return [
				'label' => $element['labels'][$name],
				'help' => isset($element['helps'][$name]) ? $element['helps'][$name] : '',
				'choices' => isset($element['choices'][$name]) ? $element['choices'][$name] : [],
			];
		}
	}
	return ['label' => $name, 'help' => '', 'choices' => []];
}

/** Registers the option, its section and fields. */
function sensiq_embed_register_settings() {
	$clinic = sensiq_embed_setting_words('no-promo');
	$theme = sensiq_embed_setting_words('theme');
	$analytics = sensiq_embed_setting_words('analytics');
	register_setting('sensiq_embed', 'sensiq_embed_options', [
		'type' => 'array',
		'sanitize_callback' => 'sensiq_embed_sanitize_options',
		'default' => sensiq_embed_sanitize_options([]),
	]);
	add_settings_section(
		'sensiq_embed_defaults',
		__('Site-wide defaults', 'sensiq-embed'),
		'sensiq_embed_render_defaults_intro',
		'sensiq-embed',
	);
	add_settings_field(
		'sensiq_embed_clinic_mode',
		esc_html($clinic['label']),
		'sensiq_embed_render_checkbox',
		'sensiq-embed',
		'sensiq_embed_defaults',
		['label_for' => 'sensiq_embed_clinic_mode', 'key' => 'clinic_mode', 'text' => $clinic['help']],
	);
	add_settings_field(
		'sensiq_embed_theme',
		esc_html($theme['label']),
		'sensiq_embed_render_theme_field',
		'sensiq-embed',
		'sensiq_embed_defaults',
		['label_for' => 'sensiq_embed_theme', 'words' => $theme],
	);
	add_settings_field(
		'sensiq_embed_analytics',
		esc_html($analytics['label']),
		'sensiq_embed_render_checkbox',
		'sensiq-embed',
		'sensiq_embed_defaults',
		['label_for' => 'sensiq_embed_analytics', 'key' => 'analytics', 'text' => $analytics['help']],
	);
	add_settings_field(
		'sensiq_embed_load_everywhere',
		__('Load on every page', 'sensiq-embed'),
		'sensiq_embed_render_checkbox',
		'sensiq-embed',
		'sensiq_embed_defaults',
		[
			'label_for' => 'sensiq_embed_load_everywhere',
			'key' => 'load_everywhere',
			'text' => __(
				'Only needed when placeholders sit in theme templates; posts, pages and widgets are found on their own.',
				'sensiq-embed',
			),
		],
	);
}
add_action('admin_init', 'sensiq_embed_register_settings');

/** The section's introduction. */
function sensiq_embed_render_defaults_intro() {
	echo '<p>' .
		esc_html__(
			'Applied to every SensIQ block, shortcode and placeholder on the site, unless its own settings say otherwise.',
			'sensiq-embed',
		) .
		'</p>';
}

/**
 * A checkbox for one boolean option.
 *
 * @param array{label_for: string, key: string, text: string} $args Field arguments.
 */
function sensiq_embed_render_checkbox($args) {
	$options = sensiq_embed_options();
	printf(
		'<label><input type="checkbox" id="%1$s" name="sensiq_embed_options[%2$s]" value="1"%3$s> %4$s</label>',
		esc_attr($args['label_for']),
		esc_attr($args['key']),
		checked($options[$args['key']], true, false),
		esc_html($args['text']),
	);
}

/**
 * The theme select, in the declaration's words, and its help.
 *
 * @param array{label_for: string, words: array{help: string, choices: array<string, string>}} $args Field arguments.
 */
function sensiq_embed_render_theme_field($args) {
	$options = sensiq_embed_options();
	$choices = $args['words']['choices'];
	printf('<select id="%s" name="sensiq_embed_options[theme]">', esc_attr($args['label_for']));
	foreach (sensiq_embed_themes() as $theme) {
		// '' leaves each element its own default, which is the page's colours.
		$label = '' === $theme ? __("Each element's default", 'sensiq-embed') : $choices[$theme] ?? $theme;
		printf(
			'<option value="%s"%s>%s</option>',
			esc_attr($theme),
			selected($options['theme'], $theme, false),
			esc_html($label),
		);
	}
	echo '</select>';
	printf('<p class="description">%s</p>', esc_html($args['words']['help']));
}

/** The page: how authors place content (the blocks first), then the site-wide settings. */
function sensiq_embed_render_settings_page() {
	if (!current_user_can('manage_options')) {
		return;
	}
	// Longer than a line of the template: prettier would break the calls across lines of the HTML.
	$blocks_intro = __(
		'In the block editor, click + (Toggle block inserter), search for "SensIQ" and pick one of these blocks. Its settings are in the sidebar, and the preview shows what the published page will.',
		'sensiq-embed',
	);
	$blocks = [];
	foreach (sensiq_embed_elements() as $element) {
		if (isset($element['label'])) {
			$blocks[] = $element['label'];
		}
	}
	$shortcode_intro = __(
		'Without the block editor (the classic editor, widgets, theme templates): a shortcode, for example',
		'sensiq-embed',
	);
	$placeholder_intro = __('or a placeholder in HTML, which WordPress keeps for every role:', 'sensiq-embed');
	?>
	<div class="wrap">
		<h1><?php echo esc_html(get_admin_page_title()); ?></h1>
		<h2><?php esc_html_e('Add SensIQ content to a post or page', 'sensiq-embed'); ?></h2>
		<p><?php echo esc_html($blocks_intro); ?></p>
		<ul class="ul-disc">
			<?php foreach ($blocks as $block): ?>
				<li><?php echo esc_html($block); ?></li>
			<?php endforeach; ?>
		</ul>
		<form action="options.php" method="post">
			<?php settings_fields('sensiq_embed'); ?>
			<?php do_settings_sections('sensiq-embed'); ?>
			<?php submit_button(); ?>
		</form>
		<h2><?php esc_html_e('Shortcodes and placeholders', 'sensiq-embed'); ?></h2>
		<p><?php echo esc_html($shortcode_intro); ?></p>
		<p><code>[sensiq_faq limit="3" heading-level="3"]</code> <code>[sensiq_takeaways]</code> <code>[sensiq_red_flags]</code> <code>[sensiq_article]</code></p>
		<p><?php echo esc_html($placeholder_intro); ?></p>
		<p><code>&lt;div data-sensiq="faq" data-limit="3"&gt;&lt;/div&gt;</code></p>
	</div>
	<?php
}

/** Adds Settings > SensIQ Embed. */
function sensiq_embed_add_settings_page() {
	add_options_page(
		__('SensIQ Embed', 'sensiq-embed'),
		__('SensIQ Embed', 'sensiq-embed'),
		'manage_options',
		'sensiq-embed',
		'sensiq_embed_render_settings_page',
	);
}
add_action('admin_menu', 'sensiq_embed_add_settings_page');

/**
 * A "Settings" link next to Deactivate on the Plugins screen.
 *
 * @param string[] $links Action links.
 */
function sensiq_embed_action_links($links) {
	$url = admin_url('options-general.php?page=sensiq-embed');
	array_unshift($links, sprintf('<a href="%s">%s</a>', esc_url($url), esc_html__('Settings', 'sensiq-embed')));
	return $links;
}
add_filter('plugin_action_links_' . plugin_basename(SENSIQ_EMBED_FILE), 'sensiq_embed_action_links');
