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
 * A whole number from $min to $max as JavaScript's Number() reads the text ('3', '3.0', '0x3', '3e0'), or null.
 *
 * @param string    $text Trimmed text.
 * @param int       $min  Smallest allowed.
 * @param int|float $max  Largest allowed (INF for none).
 */
function sensiq_embed_whole_number($text, $min, $max) {
	if (preg_match('/^[+-]?(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)$/Di', $text)) {
		$number = (float) $text;
	} elseif (preg_match('/^0([xob])([0-9a-f]+)$/Di', $text, $match)) {
		$bases = ['x' => 16, 'o' => 8, 'b' => 2];
		$base = $bases[strtolower($match[1])];
		$digits = strtolower($match[2]);
		if (strspn($digits, substr('0123456789abcdef', 0, $base)) !== strlen($digits)) {
			return null;
		}
		$number = (float) base_convert($digits, $base, 10);
	} elseif (preg_match('/^[+]?Infinity$/D', $text)) {
		$number = INF;
	} else {
		return null;
	}
	if (is_infinite($number) || floor($number) !== $number || $number < $min || $number > $max) {
		return null;
	}
	// Beyond any list's length every limit shows everything; keep the written number short.
	return (string) (int) min($number, 1000000);
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
 * Reads the settings against a plan: every axis's value, the slots, the items in order, the attributes to
 * write, and the settings that were not valid.
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
		if (!isset($plan['attributes'][$name])) {
			continue; // Only attributes the element documents ever reach this point.
		}
		$kind = $plan['attributes'][$name];
		if ('flag' === $kind) {
			if (true === $raw) {
				$read[$name] = true;
			}
			continue;
		}
		if (false === $raw) {
			continue;
		}
		$text = true === $raw ? '' : sensiq_embed_trim_js($raw);
		$value = null;
		switch ($kind) {
			case 'level':
				$value = sensiq_embed_whole_number($text, 1, 6);
				break;
			case 'count':
				$value = sensiq_embed_whole_number($text, 1, INF);
				break;
			case 'keyword':
				$value = in_array(strtolower($text), $plan['keywords'][$name]['values'], true)
					? strtolower($text)
					: null;
				break;
			case 'url':
				$value = sensiq_embed_canonical_url($text);
				break;
			case 'phone':
				$value = preg_match('/^(?=.*\d)\+?[\d ()-]{1,19}$/D', $text) ? $text : null;
				break;
			case 'article':
				$data = sensiq_embed_render_data();
				$value = $data['article'] === $text ? $text : null;
				break;
			case 'text':
				$value = $text;
				break;
			case 'open':
				$id = strtolower($text);
				$value = 'all' === $id || in_array($id, $ids, true) ? $id : null;
				break;
			case 'ids':
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
				continue 2;
		}
		// An empty text, phone or link setting is no setting: the element shows nothing for it.
		if ('' === $text && in_array($kind, ['text', 'phone', 'url'], true)) {
			continue;
		}
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
	$set = [
		'level' => 'heading-level',
		'theme' => 'theme',
		'clinic' => 'no-promo',
		'searchable' => 'searchable',
		'emergency' => 'emergency-number',
	];
	foreach ($set as $axis => $name) {
		if (isset($axes[$axis], $read[$name])) {
			$axes[$axis] = true === $read[$name] || 'emergency' === $axis ? '1' : $read[$name];
		}
	}
	// Clinic mode leaves the call to action out.
	if (isset($axes['cta'], $read['cta-href']) && '1' !== (isset($axes['clinic']) ? $axes['clinic'] : '0')) {
		$placement = isset($read['cta-placement']) ? $read['cta-placement'] : 'end';
		$axes['cta'] = in_array($placement, $plan['axes']['cta']['values'], true) ? $placement : 'end';
	}
	$number = isset($read['emergency-number']) ? $read['emergency-number'] : '';
	$label = isset($read['cta-label']) ? $read['cta-label'] : '';
	$slots = [
		'cta-href' => isset($read['cta-href']) ? $read['cta-href'] : '',
		'cta-label' =>
			'' !== $label
				? $label
				: (isset($plan['slots']['cta-label']['fallback'])
					? $plan['slots']['cta-label']['fallback']
					: ''),
		'emergency-number' => $number,
		'emergency-dial' => preg_replace('/[^\d+]/', '', $number),
	];

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
