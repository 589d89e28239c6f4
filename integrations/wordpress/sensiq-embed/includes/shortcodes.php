<?php
/**
 * Shortcodes for authors: [sensiq_faq], [sensiq_article], [sensiq_takeaways], [sensiq_red_flags].
 *
 * @package SensIQ_Embed
 */

defined('ABSPATH') || exit();

/**
 * Renders the element a shortcode names, and asks for the loader on this page.
 *
 * @param array|string $atts      Shortcode attributes ('' when none were written).
 * @param string|null  $content   Enclosed content (ignored: the elements render their own).
 * @param string       $shortcode The shortcode's name.
 */
function sensiq_embed_shortcode($atts, $content = null, $shortcode = '') {
	$elements = sensiq_embed_elements();
	if (!isset($elements[$shortcode])) {
		return '';
	}
	sensiq_embed_enqueue_loader();
	// Values written in a post are HTML: there `&amp;`, `&quot;` and `&lt;` stand for & " < (the editor and kses
	// save them so). Decoded once, the server renders and escapes the text the author meant, not its entities.
	$decoded = [];
	foreach (is_array($atts) ? $atts : [] as $name => $value) {
		$decoded[$name] = is_string($value) ? html_entity_decode($value, ENT_QUOTES | ENT_HTML5, 'UTF-8') : $value;
	}
	return sensiq_embed_element_html($elements[$shortcode], $decoded);
}

/** Registers one shortcode per element. */
function sensiq_embed_register_shortcodes() {
	foreach (array_keys(sensiq_embed_elements()) as $shortcode) {
		add_shortcode($shortcode, 'sensiq_embed_shortcode');
	}
}
add_action('init', 'sensiq_embed_register_shortcodes');
