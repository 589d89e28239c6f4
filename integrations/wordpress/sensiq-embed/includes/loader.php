<?php
/**
 * The loader (assets/loader.js) as a module script, only on pages that show SensIQ content. It finds the elements
 * and placeholders in the page and imports just the element files they need.
 *
 * @package SensIQ_Embed
 */

defined('ABSPATH') || exit();

const SENSIQ_EMBED_HANDLE = 'sensiq-embed';

/** Where the loader is served from; the `sensiq_embed_loader_url` filter can point it at a CDN copy. */
function sensiq_embed_loader_url() {
	return (string) apply_filters('sensiq_embed_loader_url', plugins_url('assets/loader.js', SENSIQ_EMBED_FILE));
}

/**
 * Registers the loader: a script module on WordPress 6.5+, else a script tag turned into type="module". Elements
 * the server printed with their content need nothing more: each one replaces the server's markup with the same
 * markup in its first render (src/internal/sensiq-element.ts, update).
 */
function sensiq_embed_register_loader() {
	if (function_exists('wp_register_script_module')) {
		wp_register_script_module(SENSIQ_EMBED_HANDLE, sensiq_embed_loader_url(), [], SENSIQ_EMBED_VERSION);
	} else {
		// In the head: a module never blocks parsing, and an early fetch shows the content sooner.
		wp_register_script(SENSIQ_EMBED_HANDLE, sensiq_embed_loader_url(), [], SENSIQ_EMBED_VERSION, false);
	}
}
add_action('init', 'sensiq_embed_register_loader');

/** Puts the loader on the current page. Called again later (from a shortcode, say) it is printed in the footer. */
function sensiq_embed_enqueue_loader() {
	if (is_admin()) {
		return;
	}
	if (function_exists('wp_enqueue_script_module')) {
		wp_enqueue_script_module(SENSIQ_EMBED_HANDLE);
	} else {
		wp_enqueue_script(SENSIQ_EMBED_HANDLE);
	}
}

/**
 * Before WordPress 6.5 a script tag cannot ask for type="module": rewrite our tag (and only ours).
 *
 * @param string $tag    The printed script tag(s).
 * @param string $handle The script's handle.
 */
function sensiq_embed_module_script_tag($tag, $handle) {
	if (!in_array($handle, [SENSIQ_EMBED_HANDLE, 'sensiq-embed-editor-loader'], true)) {
		return $tag;
	}
	$id = preg_quote($handle . '-js', '/');
	return preg_replace_callback(
		'/<script\b([^>]*\sid=([\'"])' . $id . '\2[^>]*)>/',
		function ($match) {
			$attributes = preg_replace('/\stype=([\'"])[^\'"]*\1/', '', $match[1]);
			return '<script type="module"' . $attributes . '>';
		},
		$tag,
	);
}
add_filter('script_loader_tag', 'sensiq_embed_module_script_tag', 10, 2);

/**
 * Whether HTML or post content uses SensIQ content: one of our shortcodes or blocks, a `data-sensiq` placeholder,
 * or a `<sensiq-…>` tag.
 *
 * @param string $content Post content or rendered HTML.
 */
function sensiq_embed_content_uses($content) {
	if (!is_string($content) || '' === $content) {
		return false;
	}
	if (false !== strpos($content, '[sensiq_')) {
		foreach (array_keys(sensiq_embed_elements()) as $shortcode) {
			if (has_shortcode($content, $shortcode)) {
				return true;
			}
		}
	}
	return (bool) preg_match('/\sdata-sensiq\s*=|<sensiq-[a-z]|<!-- wp:sensiq\//i', $content);
}

/** Enqueues the loader early when a post the page shows uses our content (or the site asks for every page). */
function sensiq_embed_enqueue_when_used() {
	global $wp_query;
	$options = sensiq_embed_options();
	$uses = $options['load_everywhere'];
	if (!$uses && isset($wp_query->posts) && is_array($wp_query->posts)) {
		foreach ($wp_query->posts as $post) {
			if ($post instanceof WP_Post && sensiq_embed_content_uses($post->post_content)) {
				$uses = true;
				break;
			}
		}
	}
	/**
	 * Whether to load the loader on this page. Content rendered later (widgets, templates) still loads it when
	 * it contains our elements; return true to load it everywhere, e.g. for placeholders in a theme template.
	 */
	if (apply_filters('sensiq_embed_should_load', $uses)) {
		sensiq_embed_enqueue_loader();
	}
}
add_action('wp_enqueue_scripts', 'sensiq_embed_enqueue_when_used');
