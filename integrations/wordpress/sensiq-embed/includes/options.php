<?php
/**
 * The site-wide defaults an administrator sets (Settings > SensIQ Embed), and the filter developers use instead.
 *
 * @package SensIQ_Embed
 */

defined('ABSPATH') || exit();

/** Themes the elements accept; '' leaves the choice to the element. */
function sensiq_embed_themes() {
	return ['', 'light', 'dark', 'auto'];
}

/**
 * The stored options with their defaults filled in.
 *
 * @return array{clinic_mode: bool, theme: string, load_everywhere: bool, analytics: bool}
 */
function sensiq_embed_options() {
	$stored = get_option('sensiq_embed_options', []);
	return sensiq_embed_sanitize_options(is_array($stored) ? $stored : []);
}

/**
 * Keeps only known options with valid values (the Settings API calls this on save).
 *
 * @param mixed $input Submitted or stored options.
 * @return array{clinic_mode: bool, theme: string, load_everywhere: bool, analytics: bool}
 */
function sensiq_embed_sanitize_options($input) {
	$input = is_array($input) ? $input : [];
	$theme = isset($input['theme']) ? (string) $input['theme'] : '';
	return [
		'clinic_mode' => !empty($input['clinic_mode']),
		'theme' => in_array($theme, sensiq_embed_themes(), true) ? $theme : '',
		'load_everywhere' => !empty($input['load_everywhere']),
		'analytics' => !empty($input['analytics']),
	];
}

/**
 * Element attributes every element on the site gets unless the author set them: attribute name => value,
 * where '' or true writes a boolean attribute and false or null writes nothing.
 *
 * Developers can replace the settings page with the `sensiq_embed_defaults` filter, e.g.
 * add_filter( 'sensiq_embed_defaults', function ( $defaults ) { return array( 'no-promo' => true ) + $defaults; } );
 *
 * @return array<string, string|bool|null>
 */
function sensiq_embed_defaults() {
	$options = sensiq_embed_options();
	$defaults = [];
	if ($options['clinic_mode']) {
		$defaults['no-promo'] = true;
	}
	if ('' !== $options['theme']) {
		$defaults['theme'] = $options['theme'];
	}
	if ($options['analytics']) {
		$defaults['analytics'] = 'datalayer';
	}
	$filtered = apply_filters('sensiq_embed_defaults', $defaults);
	return is_array($filtered) ? $filtered : $defaults;
}
