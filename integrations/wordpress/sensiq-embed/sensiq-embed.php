<?php
/**
 * Plugin Name:       SensIQ Embed
 * Plugin URI:        https://sensiq.com/
 * Description:       Blocks for the block editor with SensIQ's health article "Can Menopause Cause Hip and Leg Pain?": its questions and answers, key takeaways and when to see a doctor, or the whole article. Shortcodes and placeholders too.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            SensIQ
 * License:           UNLICENSED
 * Text Domain:       sensiq-embed
 *
 * @package SensIQ_Embed
 */

defined('ABSPATH') || exit();

define('SENSIQ_EMBED_VERSION', '0.1.0');
define('SENSIQ_EMBED_FILE', __FILE__);

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/server-render.php';
require_once __DIR__ . '/includes/loader.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/placeholders.php';
require_once __DIR__ . '/includes/blocks.php';

if (is_admin()) {
	require_once __DIR__ . '/includes/settings-page.php';
}
