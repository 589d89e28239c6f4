<?php
/**
 * Placeholders (`<div data-sensiq="faq" data-limit="3">`) and element tags in rendered content: they load the
 * loader, and get the site-wide defaults as attributes unless they set their own.
 *
 * WordPress keeps `data-*` attributes in posts by authors without `unfiltered_html`, so placeholders are how those
 * authors place elements without shortcodes; the loader turns each into the real element.
 *
 * @package SensIQ_Embed
 */

defined('ABSPATH') || exit();

/**
 * Runs before shortcodes (priority 11): only what the author wrote gets defaults here. Shortcodes apply them
 * themselves, where an author's `no-promo="false"` can turn one off.
 *
 * @param string $content Rendered content.
 */
function sensiq_embed_filter_content($content) {
	if (!sensiq_embed_content_uses($content)) {
		return $content;
	}
	sensiq_embed_enqueue_loader();
	$defaults = sensiq_embed_defaults();
	if (!$defaults) {
		return $content;
	}
	// An opening tag; quoted attribute values may hold ">".
	$pattern = '/<([a-z][a-z0-9-]*)((?:\s+(?:[^\s>"\'=\/]+)(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s>"\']+))?)*)\s*(\/?)>/i';
	$result = preg_replace_callback(
		$pattern,
		function ($match) use ($defaults) {
			return sensiq_embed_tag_with_defaults($match, $defaults);
		},
		$content,
	);
	return null === $result ? $content : $result;
}
add_filter('the_content', 'sensiq_embed_filter_content', 10);
add_filter('widget_text_content', 'sensiq_embed_filter_content', 10);
add_filter('widget_block_content', 'sensiq_embed_filter_content', 10);

/**
 * Adds the defaults an element or placeholder does not set itself (`theme` on an element, `data-theme` on a
 * placeholder). Any other tag is returned unchanged.
 *
 * @param array<int, string>               $match    [whole tag, name, attributes, self-closing slash].
 * @param array<string, string|bool|null> $defaults Default attributes.
 */
function sensiq_embed_tag_with_defaults($match, $defaults) {
	[$tag, $name, $attributes, $slash] = $match;
	$name = strtolower($name);
	// Printed by a block with its content (and the elements nested in it): its settings are final already.
	if (preg_match('/\sdata-sensiq-theme\s*=/i', $attributes)) {
		return $tag;
	}
	if (0 === strpos($name, 'sensiq-')) {
		$prefix = '';
		$target = $name;
	} elseif (preg_match('/\sdata-sensiq\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s>"\']+))/i', $attributes, $placeholder)) {
		$prefix = 'data-';
		$target = 'sensiq-' . strtolower(trim(implode('', array_slice($placeholder, 1))));
	} else {
		return $tag;
	}
	$element = sensiq_embed_element_by_tag($target);
	if (!$element) {
		return $tag;
	}
	$kinds = $element['attributes'];
	$missing = [];
	foreach (sensiq_embed_known_attributes($defaults, $kinds) as $attribute => $value) {
		if (!preg_match('/\s' . preg_quote($prefix . $attribute, '/') . '(?=[\s=\/>]|$)/i', $attributes)) {
			$missing[$attribute] = $value;
		}
	}
	if (!$missing) {
		return $tag;
	}
	$added = sensiq_embed_attributes_html($missing, $kinds, $prefix);
	return '<' . $match[1] . $attributes . $added . ($slash ? ' /' : '') . '>';
}
