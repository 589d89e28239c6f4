<?php
/**
 * The elements authors can place and the attributes each one documents, and how untrusted attribute values
 * become escaped element attributes.
 *
 * @package SensIQ_Embed
 */

defined('ABSPATH') || exit();

/**
 * Every shortcode => the element it writes and that element's attributes (name => kind). Kinds: 'text' (escaped
 * with esc_attr), 'url' (esc_url, http and https only), 'flag' (a boolean attribute). The table is generated at
 * build time from the elements' own documentation (custom-elements.json) into elements.generated.php, which also
 * holds each attribute's allowed values ('values') and description ('descriptions').
 *
 * @return array<string, array{tag: string, attributes: array<string, string>}>
 */
function sensiq_embed_elements() {
	static $elements = null;
	if (null === $elements) {
		$elements = require __DIR__ . '/elements.generated.php';
	}
	$filtered = apply_filters('sensiq_embed_elements', $elements);
	return is_array($filtered) ? $filtered : $elements;
}

/**
 * The element description for a tag name (`sensiq-faq`), or null.
 *
 * @param string $tag Element tag name.
 * @return array{tag: string, attributes: array<string, string>}|null
 */
function sensiq_embed_element_by_tag($tag) {
	foreach (sensiq_embed_elements() as $element) {
		if ($element['tag'] === $tag) {
			return $element;
		}
	}
	return null;
}

/**
 * Keeps the attributes `$kinds` knows, by their element name: names are lower-cased, `heading_level` is read as
 * `heading-level`, and a bare word (`[sensiq_faq searchable]`) is a flag that is on. Unknown names are dropped.
 *
 * @param mixed                 $given Attribute name => value (shortcode attributes or defaults).
 * @param array<string, string> $kinds Attribute name => kind.
 * @return array<string, string|bool> Attribute name => raw value; true or false for a flag.
 */
function sensiq_embed_known_attributes($given, $kinds) {
	$known = [];
	foreach ((array) $given as $name => $value) {
		if (is_int($name)) {
			$name = $value;
			$value = true;
		}
		if (!is_scalar($name) || false === $value || null === $value || is_array($value) || is_object($value)) {
			continue;
		}
		$name = str_replace('_', '-', strtolower(trim((string) $name)));
		if (!isset($kinds[$name])) {
			continue;
		}
		if ('flag' === $kinds[$name]) {
			$known[$name] = sensiq_embed_flag_is_on($value);
			continue;
		}
		$known[$name] = trim((string) $value);
	}
	return $known;
}

/**
 * The names in `$given` that `$kinds` does not know, read as sensiq_embed_known_attributes() reads them: settings
 * an author wrote that the element does not have (a typo, an old name).
 *
 * @param mixed                 $given Attribute name => value (shortcode attributes).
 * @param array<string, string> $kinds Attribute name => kind.
 * @return string[]
 */
function sensiq_embed_unknown_attributes($given, $kinds) {
	$unknown = [];
	foreach ((array) $given as $name => $value) {
		$name = is_int($name) ? $value : $name;
		if (!is_scalar($name)) {
			continue;
		}
		$name = str_replace('_', '-', strtolower(trim((string) $name)));
		if ('' !== $name && !isset($kinds[$name])) {
			$unknown[] = $name;
		}
	}
	return $unknown;
}

/**
 * Whether a flag's written value means on: anything but 0, false, no and off, as with HTML boolean attributes.
 *
 * @param mixed $value The written value.
 */
function sensiq_embed_flag_is_on($value) {
	if (is_bool($value)) {
		return $value;
	}
	return !in_array(strtolower(trim((string) $value)), ['0', 'false', 'no', 'off'], true);
}

/**
 * Renders attributes as HTML, each value escaped for its kind. Flags that are off, empty values and URLs that are
 * not http(s) are left out, so the element falls back to its default.
 *
 * @param array<string, string|bool> $values Attribute name => raw value (true or false for a flag).
 * @param array<string, string> $kinds  Attribute name => kind.
 * @param string                $prefix Written before each name (`data-` for placeholders).
 * @return string Leading space included.
 */
function sensiq_embed_attributes_html($values, $kinds, $prefix = '') {
	$html = '';
	foreach ($values as $name => $value) {
		if (!preg_match('/^[a-z][a-z0-9-]*$/', $name)) {
			continue;
		}
		$kind = isset($kinds[$name]) ? $kinds[$name] : 'text';
		if ('flag' === $kind) {
			$html .= true === $value ? ' ' . $prefix . $name : '';
			continue;
		}
		$value = (string) $value;
		$escaped = 'url' === $kind ? esc_url($value, ['http', 'https']) : esc_attr($value);
		if ('' !== $escaped) {
			$html .= sprintf(' %s%s="%s"', $prefix, $name, $escaped);
		}
	}
	return $html;
}

/**
 * The markup of one element: site defaults first, the author's attributes over them. With a render plan for the
 * element, its content is in the HTML (includes/server-render.php) unless the `sensiq_embed_server_render` filter
 * says otherwise; settings that are not valid are left out and named for administrators.
 *
 * @param array{tag: string, attributes: array<string, string>} $element The element description.
 * @param mixed                                                  $atts    The author's attributes.
 */
function sensiq_embed_element_html($element, $atts) {
	if (!preg_match('/^sensiq-[a-z][a-z0-9-]*$/', $element['tag'])) {
		return '';
	}
	$kinds = $element['attributes'];
	$values = array_merge(
		sensiq_embed_known_attributes(sensiq_embed_defaults(), $kinds),
		sensiq_embed_known_attributes($atts, $kinds),
	);
	/**
	 * Whether to print the element with its content in the HTML (a declarative shadow root with an inline
	 * <style>). Return false for the bare element, rendered by script alone: for a strict Content-Security-Policy
	 * that allows no inline style and lists no hash for it (docs/wordpress.md names the hashes).
	 */
	$rendered = apply_filters('sensiq_embed_server_render', true, $element['tag'])
		? sensiq_embed_server_render($element['tag'], $values)
		: null;
	$unknown = sensiq_embed_unknown_attributes($atts, $kinds);
	if (null === $rendered) {
		// The element itself warns of values that are not valid (in the browser console); names it never sees.
		$bare = sprintf('<%1$s%2$s></%1$s>', $element['tag'], sensiq_embed_attributes_html($values, $kinds));
		return sensiq_embed_invalid_notice($element['tag'], [], $unknown) . $bare;
	}
	return sensiq_embed_invalid_notice($element['tag'], $rendered['invalid'], $unknown) . $rendered['html'];
}

/**
 * Settings that were not valid or that the element does not have, named like _doing_it_wrong() does: the
 * `doing_it_wrong_run` action for debugging tools, and a notice above the element for those who can edit the
 * post. Never a PHP warning, never a setting's value (an unknown setting's name is shown to editors, escaped).
 *
 * @param string   $tag     Element tag name.
 * @param string[] $invalid Attribute names whose values are not valid: the element shows its default for them.
 * @param string[] $unknown Setting names the element does not have: ignored.
 * @return string HTML for editors, or ''.
 */
function sensiq_embed_invalid_notice($tag, $invalid, $unknown = []) {
	if (!$invalid && !$unknown) {
		return '';
	}
	$element = sensiq_embed_element_by_tag($tag);
	$title = isset($element['label']) ? $element['label'] : $tag;
	// Each setting by its name in plain words, its attribute name after it for whoever wrote a shortcode.
	$named = [];
	foreach (array_unique($invalid) as $name) {
		$named[] = isset($element['labels'][$name]) ? sprintf('%s (%s)', $element['labels'][$name], $name) : $name;
	}
	$sentences = [];
	if ($named) {
		$sentences[] = sprintf(
			/* translators: 1: what the element shows ("Questions and answers"), 2: setting names */
			__('%1$s shows its defaults instead of these settings, which are not valid: %2$s.', 'sensiq-embed'),
			$title,
			implode(', ', $named),
		);
	}
	if ($unknown) {
		$sentences[] = sprintf(
			/* translators: 1: what the element shows, 2: setting names */
			__('%1$s has no setting named %2$s, so it ignores it.', 'sensiq-embed'),
			$title,
			implode(', ', array_unique($unknown)),
		);
	}
	$sentences[] = __(
		'Fix them in the block\'s settings, or see the plugin\'s documentation for the shortcode\'s settings and their valid values.',
		'sensiq-embed',
	);
	do_action('doing_it_wrong_run', 'sensiq_embed_element_html', implode(' ', $sentences), SENSIQ_EMBED_VERSION);
	$post = get_the_ID();
	if (!($post ? current_user_can('edit_post', $post) : current_user_can('edit_posts'))) {
		return '';
	}
	sensiq_embed_enqueue_notice_style();
	$html = '<div class="sensiq-embed-notice" role="note">';
	$html .=
		'<p class="sensiq-embed-notice-title">' .
		esc_html__('SensIQ Embed: settings to check', 'sensiq-embed') .
		'</p>';
	foreach ($sentences as $sentence) {
		$html .= '<p>' . esc_html($sentence) . '</p>';
	}
	$html .=
		'<p class="sensiq-embed-notice-who">' .
		esc_html__('Only people who can edit this post see this box.', 'sensiq-embed') .
		'</p>';
	return $html . '</div>';
}

/**
 * The notice's look: a box in the text's own colour (the theme's text and background stay the theme's), so it
 * reads as a note to editors, not as part of the post. A style sheet, never a style attribute: a strict
 * Content-Security-Policy blocks those.
 */
function sensiq_embed_enqueue_notice_style() {
	if (wp_style_is('sensiq-embed-notice')) {
		return;
	}
	wp_register_style('sensiq-embed-notice', false, [], SENSIQ_EMBED_VERSION);
	wp_add_inline_style(
		'sensiq-embed-notice',
		'.sensiq-embed-notice{box-sizing:border-box;margin:1.5em 0;padding:.75em 1em;border:2px solid currentColor;' .
			'border-inline-start-width:.5em;border-radius:4px;background:color-mix(in srgb,currentColor 6%,transparent);' .
			'font-size:.875em;line-height:1.5}' .
			'.sensiq-embed-notice p{margin:0 0 .5em}.sensiq-embed-notice p:last-child{margin:0}' .
			'.sensiq-embed-notice-title{font-weight:700;font-size:1.1em}' .
			'.sensiq-embed-notice-who{font-style:italic}',
	);
	wp_enqueue_style('sensiq-embed-notice');
}
