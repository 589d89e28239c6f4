<?php
/**
 * One dynamic block per element for the block editor ("Questions and answers", …): blocks/<name>/block.json, generated at
 * build time from the elements' attributes, and assets/blocks.js for the editor, which shows the element itself
 * as the preview and its settings in the sidebar. On the page a block prints what the shortcode prints.
 *
 * @package SensIQ_Embed
 */

defined('ABSPATH') || exit();

const SENSIQ_EMBED_EDITOR_HANDLE = 'sensiq-embed-editor';
const SENSIQ_EMBED_EDITOR_LOADER_HANDLE = 'sensiq-embed-editor-loader';

/** Registers the editor script (with its generated data first) and every block folder that has a block.json. */
function sensiq_embed_register_blocks() {
	if (!function_exists('register_block_type')) {
		return;
	}
	$assets = plugins_url('assets/', SENSIQ_EMBED_FILE);
	wp_register_script('sensiq-embed-blocks-data', $assets . 'blocks-data.js', [], SENSIQ_EMBED_VERSION, true);
	wp_register_script(
		SENSIQ_EMBED_EDITOR_HANDLE,
		$assets . 'blocks.js',
		['sensiq-embed-blocks-data', 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n'],
		SENSIQ_EMBED_VERSION,
		true,
	);
	// The preview is the element itself: the loader defines the elements in the editor too (a module script).
	wp_register_script(SENSIQ_EMBED_EDITOR_LOADER_HANDLE, sensiq_embed_loader_url(), [], SENSIQ_EMBED_VERSION, true);
	foreach (sensiq_embed_elements() as $element) {
		$folder = dirname(__DIR__) . '/blocks/' . substr($element['tag'], strlen('sensiq-'));
		if (!file_exists($folder . '/block.json')) {
			continue;
		}
		register_block_type($folder, [
			'render_callback' => function ($attributes) use ($element) {
				return sensiq_embed_block_html($element, $attributes);
			},
		]);
	}
}
add_action('init', 'sensiq_embed_register_blocks');

/**
 * The loader in the block editor, for the previews, and what the previews need to show what the page will: the
 * site-wide settings (Settings > SensIQ Embed) each element gets, and where the loader is for the previews that
 * sit in a document of their own (the inserter's).
 */
function sensiq_embed_enqueue_editor_loader() {
	wp_enqueue_script(SENSIQ_EMBED_EDITOR_LOADER_HANDLE);
	$defaults = [];
	foreach (sensiq_embed_elements() as $element) {
		$defaults[$element['tag']] = (object) sensiq_embed_known_attributes(
			sensiq_embed_defaults(),
			$element['attributes'],
		);
	}
	// The note under a field the page would leave out, placed as the field's own help is; the chosen questions' order.
	wp_register_style('sensiq-embed-editor', false, [], SENSIQ_EMBED_VERSION);
	wp_add_inline_style(
		'sensiq-embed-editor',
		'.components-notice.sensiq-embed-problem{margin:-8px 0 24px}' .
			'.sensiq-embed-problem .components-notice__actions{margin-top:8px}' .
			'.sensiq-embed-order-title{margin:16px 0 4px;font-size:11px;font-weight:500;text-transform:uppercase}' .
			'.sensiq-embed-order{margin:0 0 8px;padding:0 0 0 1.5em;list-style:decimal}' .
			'.sensiq-embed-order li{margin:0 0 4px}' .
			'.sensiq-embed-order-row{display:flex;align-items:center;gap:4px}.sensiq-embed-order-row span{flex:1}',
	);
	wp_enqueue_style('sensiq-embed-editor');
	$editor = ['defaults' => $defaults, 'loader' => sensiq_embed_loader_url()];
	wp_add_inline_script(
		SENSIQ_EMBED_EDITOR_HANDLE,
		'window.sensiqEmbedEditor = ' . wp_json_encode($editor) . ';',
		'before',
	);
}
add_action('enqueue_block_editor_assets', 'sensiq_embed_enqueue_editor_loader');

/**
 * A block's output: its attributes as the shortcode's (a list of question ids becomes the comma-separated list
 * the element takes), then the same markup.
 *
 * @param array{tag: string, attributes: array<string, string>} $element    The element description.
 * @param array<string, mixed>                                   $attributes The block's attributes.
 */
function sensiq_embed_block_html($element, $attributes) {
	$atts = [];
	foreach ((array) $attributes as $name => $value) {
		// The element's settings only: WordPress adds its own block attributes (className, lock, metadata).
		if (!isset($element['attributes'][$name])) {
			continue;
		}
		if (is_array($value)) {
			$value = implode(',', array_filter($value, 'is_string'));
		}
		if (null === $value || '' === $value || false === $value) {
			continue;
		}
		$atts[$name] = is_bool($value) ? $value : (string) $value;
	}
	sensiq_embed_enqueue_loader();
	return sensiq_embed_element_html($element, $atts);
}
