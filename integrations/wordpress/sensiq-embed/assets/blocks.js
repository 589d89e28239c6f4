/*! @sensiq/embed | (c) SensIQ | UNLICENSED */
// The SensIQ blocks in the block editor: the element itself as the preview, with the site-wide settings under
// it as on the published page; its settings in the sidebar, one panel per group (Advanced in the editor's own),
// from window.sensiqEmbedBlocks (assets/blocks-data.js, generated from the settings declaration), each value the
// element would refuse flagged by its field. Plain script against the editor's globals: no build step. The block is dynamic: it saves only
// its attributes, and the server prints it (includes/blocks.php).
(function (wp, blocks, canonicalUrl, editor) {
  var el = wp.element.createElement;
  var components = wp.components;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var InspectorAdvancedControls = wp.blockEditor.InspectorAdvancedControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  // From includes/blocks.php: the site-wide settings by element, and where the loader is.
  var siteDefaults = (editor && editor.defaults) || {};
  var loaderUrl = editor && editor.loader;

  /** One value as an element attribute: true is a boolean attribute, false and '' write nothing. */
  function put(result, name, value) {
    if (value === true) result[name] = '';
    else if (typeof value === 'string' && value !== '') result[name] = value;
  }

  /**
   * The element's attributes for the preview, as the server writes them on the page: the site's settings first
   * (Settings > SensIQ Embed), the block's over them. A switch that is off, like an empty field, leaves the
   * site's setting in force, on the page as here.
   */
  function elementAttributes(block, attributes) {
    var result = {};
    var site = siteDefaults[block.tag] || {};
    Object.keys(site).forEach(function (name) {
      put(result, name, site[name]);
    });
    block.controls.forEach(function (control) {
      var value = attributes[control.name];
      if (control.control === 'checkboxes') value = (value || []).join(',');
      put(result, control.name, value);
    });
    return result;
  }

  /**
   * What is wrong with a value the element would refuse (and the page leave out), in plain words, with the value
   * that fixes it when there is one; null when the value is fine or empty.
   */
  function problem(control, value) {
    var check = control.check;
    var text = typeof value === 'string' ? value.trim() : '';
    if (!check || text === '') return null;
    if (check.kind === 'url') {
      if (canonicalUrl(text)) return null;
      var withScheme = 'https://' + text;
      if (!/^[a-z][a-z0-9+.-]*:/i.test(text) && canonicalUrl(withScheme)) {
        return {message: 'The page leaves this out: a web address starts with https://.', fix: withScheme};
      }
      return {
        message:
          "The page leaves this out: it is not a web address. Copy the whole address from your browser's address bar, starting with https://.",
      };
    }
    if (check.kind === 'phone') {
      if (new RegExp(check.pattern).test(text)) return null;
      return {
        message:
          'The page leaves this out: use digits, spaces, ( ) and - only (up to 19), with a + at the start if you need one, such as 911 or +44 20 7946 0000.',
      };
    }
    if (check.kind === 'whole') {
      var number = Number(text);
      if (/^[1-9][0-9]*$/.test(text) && number >= check.min && (check.max === undefined || number <= check.max)) {
        return null;
      }
      var range = check.max === undefined ? 'from ' + check.min + ' up' : 'from ' + check.min + ' to ' + check.max;
      return {message: 'The page leaves this out: write a whole number ' + range + ', such as 3.'};
    }
    return null;
  }

  /** The notice under a field whose value the element would refuse, with a button that fixes it when it can. */
  function problemNotice(control, value, set) {
    var found = problem(control, value);
    if (!found) return null;
    return el(
      components.Notice,
      {
        key: control.name + '-problem',
        className: 'sensiq-embed-problem',
        status: 'warning',
        isDismissible: false,
        actions: found.fix
          ? [
              {
                label: 'Use ' + found.fix,
                onClick: function () {
                  set(found.fix);
                },
              },
            ]
          : [],
      },
      found.message
    );
  }

  /** The options of a choice that picks among the items chosen in another control (all of them when none are). */
  function offered(control, attributes) {
    var chosen = control.from ? attributes[control.from] || [] : [];
    if (!chosen.length) return control.options;
    return control.options.filter(function (option) {
      return option.value === '' || option.value === 'all' || chosen.indexOf(option.value) >= 0;
    });
  }

  /**
   * A list chosen by ticking (the FAQ's questions): one checkbox per item in article order, then the ticked ones in
   * the order the page shows them, each with buttons that move it up or down (newly ticked ones go last).
   */
  function checklist(block, control, attributes, setAttributes) {
    var chosen = attributes[control.name] || [];
    var labelOf = {};
    control.options.forEach(function (option) {
      labelOf[option.value] = option.label;
    });
    var choose = function (next) {
      var change = {};
      change[control.name] = next;
      // A choice among the ticked items that is no longer ticked is dropped with it.
      block.controls.forEach(function (other) {
        var picked = attributes[other.name];
        if (other.from === control.name && picked && picked !== 'all' && next.length && next.indexOf(picked) < 0) {
          change[other.name] = '';
        }
      });
      setAttributes(change);
    };
    var move = function (index, by) {
      var next = chosen.slice();
      var moved = next.splice(index, 1)[0];
      next.splice(index + by, 0, moved);
      choose(next);
    };
    var boxes = control.options.map(function (option) {
      return el(components.CheckboxControl, {
        key: option.value,
        label: option.label,
        checked: chosen.indexOf(option.value) >= 0,
        onChange: function (on) {
          choose(
            on
              ? chosen.concat([option.value])
              : chosen.filter(function (id) {
                  return id !== option.value;
                })
          );
        },
      });
    });
    var orderTitle = 'sensiq-' + control.name + '-order';
    var order =
      chosen.length > 1
        ? el(
            'ol',
            {key: 'order', className: 'sensiq-embed-order', 'aria-labelledby': orderTitle},
            chosen.map(function (id, index) {
              return el(
                'li',
                {key: id},
                el(
                  'div',
                  {className: 'sensiq-embed-order-row'},
                  el('span', null, labelOf[id] || id),
                  el(components.Button, {
                    icon: 'arrow-up-alt2',
                    label: 'Move up: ' + (labelOf[id] || id),
                    disabled: index === 0,
                    // Disabled but still focusable: the focus stays on the button just pressed.
                    __experimentalIsFocusable: true,
                    onClick: function () {
                      move(index, -1);
                    },
                  }),
                  el(components.Button, {
                    icon: 'arrow-down-alt2',
                    label: 'Move down: ' + (labelOf[id] || id),
                    disabled: index === chosen.length - 1,
                    // Disabled but still focusable: the focus stays on the button just pressed.
                    __experimentalIsFocusable: true,
                    onClick: function () {
                      move(index, 1);
                    },
                  })
                )
              );
            })
          )
        : null;
    return el(
      components.BaseControl,
      {key: control.name, id: 'sensiq-' + control.name, label: control.label, help: control.help},
      boxes,
      order
        ? el('p', {key: 'title', id: orderTitle, className: 'sensiq-embed-order-title'}, 'Order on the page')
        : null,
      order
    );
  }

  /**
   * The options of a choice, its first one (which writes nothing) named by what applies then: the site-wide
   * setting when Settings > SensIQ Embed sets one, else the element's default.
   */
  function choiceOptions(block, control, attributes) {
    var site = (siteDefaults[block.tag] || {})[control.name];
    return offered(control, attributes).map(function (option) {
      if (option.value !== '' || typeof site !== 'string' || site === '') return option;
      var named = control.options.filter(function (o) {
        return o.value === site;
      })[0];
      return {value: '', label: 'Site setting (' + (named ? named.label : site) + ')'};
    });
  }

  function field(block, control, attributes, setAttributes) {
    var value = attributes[control.name];
    var set = function (next) {
      var change = {};
      change[control.name] = next;
      setAttributes(change);
    };
    var common = {key: control.name, label: control.label, help: control.help};
    if (control.control === 'toggle') {
      // Off here leaves the site's setting in force: say so when the site turns it on.
      var siteOn = (siteDefaults[block.tag] || {})[control.name] === true;
      return el(
        components.ToggleControl,
        Object.assign(common, {
          checked: !!value || siteOn,
          disabled: siteOn,
          help: siteOn
            ? [control.help, ' ', el('strong', {key: 'site'}, 'On for the whole site (Settings > SensIQ Embed).')]
            : control.help,
          onChange: set,
        })
      );
    }
    if (control.control === 'select') {
      return el(
        components.SelectControl,
        Object.assign(common, {value: value, options: choiceOptions(block, control, attributes), onChange: set})
      );
    }
    if (control.control === 'checkboxes') {
      return checklist(block, control, attributes, setAttributes);
    }
    return [
      el(
        components.TextControl,
        Object.assign(common, {
          type: control.control === 'number' ? 'number' : 'text',
          value: value || '',
          onChange: set,
        })
      ),
      problemNotice(control, value, set),
    ];
  }

  /**
   * The preview's element needs the library defined in its own document: the editor's page has the loader, but
   * the inserter's preview (and an editor canvas in an iframe) is another document, which gets the loader here.
   */
  function defineIn(node) {
    var doc = node && node.ownerDocument;
    if (!doc || !loaderUrl || doc === document || doc.querySelector('script[data-sensiq-embed-loader]')) return;
    var script = doc.createElement('script');
    script.type = 'module';
    script.src = loaderUrl;
    script.setAttribute('data-sensiq-embed-loader', '');
    doc.head.appendChild(script);
  }

  blocks.forEach(function (block) {
    wp.blocks.registerBlockType(block.name, {
      title: block.title,
      description: block.description,
      category: 'widgets',
      icon: block.icon,
      example: block.example,
      attributes: block.attributes,
      edit: function (props) {
        var fields = function (group) {
          return block.controls
            .filter(function (control) {
              return control.group === group;
            })
            .map(function (control) {
              return field(block, control, props.attributes, props.setAttributes);
            });
        };
        return el(
          'div',
          useBlockProps(),
          el(
            InspectorControls,
            null,
            block.groups
              .filter(function (group) {
                return group !== 'Advanced';
              })
              .map(function (group) {
                return el(components.PanelBody, {key: group, title: group}, fields(group));
              })
          ),
          // The editor has an Advanced panel of its own (closed at first): ours go in it, not in a second one.
          block.groups.indexOf('Advanced') >= 0 ? el(InspectorAdvancedControls, null, fields('Advanced')) : null,
          el(block.tag, Object.assign({ref: defineIn}, elementAttributes(block, props.attributes)))
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.sensiqEmbedBlocks || [], window.sensiqEmbedCanonicalUrl, window.sensiqEmbedEditor);
