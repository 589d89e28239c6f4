<?php
/**
 * Content in the HTML: each element printed with its shadow root already written out (Declarative Shadow DOM),
 * for exactly the settings given, so the page shows it before any script runs and nothing moves when the
 * script arrives (the element's first render replaces the server's markup with the same markup, in one task).
 *
 * The markup comes from render plans (includes/render-plans.generated.php) that the build compiles from the
 * elements themselves (scripts/lib/render-plan.mjs): literal markup, switches on the settings that change it,
 * one part per list item and slots for text. This file only reads the settings and assembles a plan; it holds
 * no template. It reads each setting as the element reads its attribute (scripts/lib/render-settings.mjs is
 * the reference, and `npm test` compares both with the elements), writes the value as read on the element,
 * and leaves an invalid one out, so the element and the server both show the default.
 *
 * @package SensIQ_Embed
 */

defined('ABSPATH') || exit();

/**
 * The generated render data: the bundled article's slug and every element's render plan, by tag.
 *
 * @return array{article: string, plans: array<string, array>}
 */
function sensiq_embed_render_data() {
	static $data = null;
	if (null === $data) {
		$data = require __DIR__ . '/render-plans.generated.php';
	}
	return $data;
}

/**
 * Every element's render plan, by tag.
 *
 * @return array<string, array>
 */
function sensiq_embed_render_plans() {
	$data = sensiq_embed_render_data();
	return $data['plans'];
}

/** JavaScript's String.prototype.trim, which the elements apply: ASCII and Unicode white space. */
function sensiq_embed_trim_js($text) {
	$space =
		'[\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';
	$trimmed = preg_replace('/^' . $space . '+|' . $space . '+$/u', '', (string) $text);
	return null === $trimmed ? '' : $trimmed; // null: not UTF-8, which no valid setting is.
}

/**
 * A whole number written as plain digits ('3', never '03', '3.0' or '0x3'), from $min to $max, or null: see
 * whole() in scripts/lib/render-settings.mjs. Anything else is left out, and the element shows its default.
 *
 * @param string    $text Trimmed text.
 * @param int       $min  Smallest allowed.
 * @param int|float $max  Largest allowed (INF for none).
 */
function sensiq_embed_whole_number($text, $min, $max) {
	if (!preg_match('/^[1-9][0-9]*$/D', $text) || (float) $text < $min || (float) $text > $max) {
		return null;
	}
	return $text;
}

/**
 * An absolute http(s) URL in the form the URL standard writes it back, or null: see canonicalUrl() in
 * scripts/lib/render-settings.mjs, which this follows rule for rule.
 *
 * @param string $text Trimmed text.
 */
function sensiq_embed_canonical_url($text) {
	$pattern =
		'~^(https?)://([a-z0-9-]+(?:\.[a-z0-9-]+)*\.?)(?::([1-9][0-9]{0,4}))?(/[A-Za-z0-9\-._\~!$&()*+,;=:@%/]*)?(\?[A-Za-z0-9\-._\~!$&()*+,;=:@%/?]*)?(#[A-Za-z0-9\-._\~!$&\'()*+,;=:@%/?]*)?$~Di';
	// Inner spaces are written %20 by the standard, in the path, the query and the fragment alike.
	if (!preg_match($pattern, str_replace(' ', '%20', $text), $match)) {
		return null;
	}
	$match = array_pad($match, 7, '');
	$scheme = strtolower($match[1]);
	$host = strtolower($match[2]);
	$port = $match[3];
	$path = '' === $match[4] ? '/' : $match[4];
	if (preg_match('/(^|\.)[0-9][a-z0-9]*\.?$/D', $host) || ('' !== $port && (int) $port > 65535)) {
		return null;
	}
	if (preg_match('~(^|/)(\.|%2e){1,2}(/|$)~Di', $path)) {
		return null;
	}
	$default = 'http' === $scheme ? '80' : '443';
	$port = '' !== $port && $default !== $port ? ':' . $port : '';
	return $scheme . '://' . $host . $port . $path . $match[5] . $match[6];
}

/**
 * A setting's value as read from trimmed text, or null when it is not valid: see readValue() in
 * scripts/lib/render-settings.mjs.
 *
 * @param array    $setting The setting's declaration (src/internal/settings.ts), as the plan carries it.
 * @param string   $text    Trimmed text.
 * @param string[] $ids     The ids of the element's items.
 */
function sensiq_embed_read_value($setting, $text, $ids) {
	switch ($setting['kind']) {
		case 'whole':
			return sensiq_embed_whole_number($text, $setting['min'], isset($setting['max']) ? $setting['max'] : INF);
		case 'keyword':
			return in_array(strtolower($text), $setting['values'], true) ? strtolower($text) : null;
		case 'url':
			return sensiq_embed_canonical_url($text);
		case 'phone':
			return preg_match('/' . $setting['pattern'] . '/D', $text) ? $text : null;
		case 'article':
			$data = sensiq_embed_render_data();
			return $data['article'] === $text ? $text : null;
		case 'item':
			$id = strtolower($text);
			return 'all' === $id || in_array($id, $ids, true) ? $id : null;
		default:
			return $text;
	}
}

/**
 * Reads the settings against a plan: every axis's value, the slots, the items in order, the attributes to
 * write, and the settings that were not valid. Generic over the settings declaration that the plan carries;
 * resolveSettings() in scripts/lib/render-settings.mjs is the reference.
 *
 * @param array                      $plan  The element's render plan.
 * @param array<string, string|bool> $given Attribute name => text, or true for a flag that is on.
 * @return array{axes: array, slots: array, items: array|null, open: array, written: array, invalid: string[]}
 */
function sensiq_embed_resolve_settings($plan, $given) {
	$read = [];
	$invalid = [];
	$ids = isset($plan['items']) ? $plan['items']['ids'] : [];
	foreach ($given as $name => $raw) {
		if (!isset($plan['settings'][$name])) {
			continue; // Only attributes the element documents ever reach this point.
		}
		$setting = $plan['settings'][$name];
		if ('boolean' === $setting['kind']) {
			if (true === $raw) {
				$read[$name] = true;
			}
			continue;
		}
		if (false === $raw) {
			continue;
		}
		$text = true === $raw ? '' : sensiq_embed_trim_js($raw);
		if ('ids' === $setting['kind']) {
			$wanted = array_values(
				array_unique(array_filter(array_map('sensiq_embed_trim_js', explode(',', $text)), 'strlen')),
			);
			$known = array_values(array_intersect($wanted, $ids));
			if (count($known) < count($wanted)) {
				$invalid[] = $name;
			}
			if ($known) {
				$read[$name] = implode(',', $known);
			}
			continue;
		}
		// An empty text, phone or link setting is no setting: the element shows nothing for it.
		if ('' === $text && in_array($setting['kind'], ['text', 'phone', 'url'], true)) {
			continue;
		}
		$value = sensiq_embed_read_value($setting, $text, $ids);
		if (null === $value) {
			$invalid[] = $name;
		} else {
			$read[$name] = $value;
		}
	}

	$axes = [];
	foreach ($plan['axes'] as $axis => $description) {
		$axes[$axis] = $description['default'];
	}
	$placed = [];
	foreach ($plan['settings'] as $name => $setting) {
		if (!isset($setting['axis'], $read[$name]) || !isset($axes[$setting['axis']['name']])) {
			continue;
		}
		$axis = $setting['axis'];
		if (isset($axis['placeFrom'])) {
			$placed[] = $axis;
		} else {
			$axes[$axis['name']] = isset($axis['on']) ? $axis['on'] : $read[$name];
		}
	}
	// Settings placed where another says, after the prefix other axes give (clinic mode: the embedder's own button).
	foreach ($placed as $axis) {
		$before = '';
		$prefix = isset($axis['prefix']) ? $axis['prefix'] : [];
		foreach ($prefix as $other => $by_value) {
			if (isset($axes[$other], $by_value[$axes[$other]])) {
				$before .= $by_value[$axes[$other]];
			}
		}
		$place = isset($read[$axis['placeFrom']]) ? $read[$axis['placeFrom']] : null;
		$axes[$axis['name']] =
			$before . (in_array($place, $plan['axes'][$axis['name']]['values'], true) ? $place : $axis['otherwise']);
	}
	$slots = [];
	foreach ($plan['settings'] as $name => $setting) {
		$slot_settings = isset($setting['slots']) ? $setting['slots'] : [];
		foreach ($slot_settings as $slot => $slot_setting) {
			$text = isset($read[$name]) ? (string) $read[$name] : '';
			$drop = isset($slot_setting['drop']) ? str_split($slot_setting['drop']) : [];
			$text = str_replace($drop, '', $text);
			$fallback = isset($plan['slots'][$slot]['fallback']) ? $plan['slots'][$slot]['fallback'] : '';
			$slots[$slot] = '' !== $text ? $text : $fallback;
		}
	}

	$items = null;
	$open = [];
	if (isset($plan['items'])) {
		$items = isset($read['questions']) ? explode(',', $read['questions']) : $ids;
		$hidden = [];
		foreach ($plan['items']['hidden'] as $axis => $by_value) {
			if (isset($by_value[$axes[$axis]])) {
				$hidden = array_merge($hidden, $by_value[$axes[$axis]]);
			}
		}
		$items = array_values(array_diff($items, $hidden));
		if (isset($read['limit'])) {
			$items = array_slice($items, 0, (int) $read['limit']);
		}
		if (isset($read['open'])) {
			$open = 'all' === $read['open'] ? $ids : [$read['open']];
		}
	}
	return [
		'axes' => $axes,
		'slots' => $slots,
		'items' => $items,
		'open' => $open,
		'written' => $read,
		'invalid' => $invalid,
	];
}

/** Text or attribute value, escaped; never empty for text that is not UTF-8 (a replacement character instead). */
function sensiq_embed_escape($text) {
	return htmlspecialchars((string) $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

/**
 * Assembles plan segments for resolved settings.
 *
 * @param array  $segments Literal markup, switches, slots or the item list.
 * @param array  $resolved From sensiq_embed_resolve_settings().
 * @param array  $plan     The element's render plan.
 * @param string $open     '1' inside an item shown open.
 */
function sensiq_embed_assemble($segments, $resolved, $plan, $open = '0') {
	$html = '';
	foreach ($segments as $segment) {
		if (is_string($segment)) {
			$html .= $segment;
		} elseif (isset($segment['heading'])) {
			$html .= (string) min(6, max(1, (int) $resolved['axes']['level'] + (int) $segment['heading']));
		} elseif (isset($segment['slot'])) {
			$html .= sensiq_embed_escape($resolved['slots'][$segment['slot']]);
		} elseif (isset($segment['items'])) {
			foreach ($resolved['items'] as $id) {
				$item_open = in_array($id, $resolved['open'], true) ? '1' : '0';
				$html .= sensiq_embed_assemble($plan['itemParts'][$id], $resolved, $plan, $item_open);
			}
		} else {
			$value = 'open' === $segment['axis'] ? $open : $resolved['axes'][$segment['axis']];
			$case = isset($segment['cases'][$value]) ? $segment['cases'][$value] : $segment['otherwise'];
			$html .= sensiq_embed_assemble($case, $resolved, $plan, $open);
		}
	}
	return $html;
}

/**
 * The element with its content in the HTML, or null when there is no plan for it (an element added through the
 * `sensiq_embed_elements` filter): the caller then prints the bare element.
 *
 * @param string                     $tag    Element tag name.
 * @param array<string, string|bool> $values Attribute name => text, or true/false for a flag.
 * @return array{html: string, invalid: string[]}|null
 */
function sensiq_embed_server_render($tag, $values) {
	$plans = sensiq_embed_render_plans();
	if (!isset($plans[$tag])) {
		return null;
	}
	$plan = $plans[$tag];
	$resolved = sensiq_embed_resolve_settings($plan, $values);
	$attributes = '';
	foreach ($resolved['written'] as $name => $value) {
		$attributes .= true === $value ? ' ' . $name : sprintf(' %s="%s"', $name, sensiq_embed_escape($value));
	}
	$theme = isset($resolved['axes']['theme']) ? $resolved['axes']['theme'] : 'page';
	$html = sprintf(
		'<%1$s%2$s data-sensiq-theme="%3$s"><template shadowrootmode="open">%4$s</template></%1$s>',
		$tag,
		$attributes,
		sensiq_embed_escape($theme),
		sensiq_embed_assemble($plan['frame'], $resolved, $plan),
	);
	return [
		'html' => $html,
		'invalid' => $resolved['invalid'],
	];
}
