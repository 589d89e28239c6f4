<?php
/**
 * Removes the plugin's option when the plugin is deleted.
 *
 * @package SensIQ_Embed
 */

defined('WP_UNINSTALL_PLUGIN') || exit();

delete_option('sensiq_embed_options');
