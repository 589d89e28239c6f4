/*! @sensiq/embed | (c) SensIQ | UNLICENSED */
// The SensIQ blocks in the block editor: the element itself as the preview (the loader defines it in the
// editor), its settings in the sidebar, drawn from window.sensiqEmbedBlocks (assets/blocks-data.js, generated
// from the elements' attributes). Plain script against the editor's globals: no build step. The block is
// dynamic: it saves only its attributes, and the server prints it (includes/blocks.php).
(function (wp, blocks) {
  var el = wp.element.createElement;
  var components = wp.components;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;

  /** The element's attributes for the preview: flags that are off and empty settings left out. */
  function elementAttributes(controls, attributes) {
    var result = {};
    controls.forEach(function (control) {
      var value = attributes[control.name];
      if (control.control === 'checkboxes') value = (value || []).join(',');
      if (value === true) result[control.name] = '';
      else if (typeof value === 'string' && value !== '') result[control.name] = value;
    });
    return result;
  }

  function field(control, attributes, setAttributes) {
    var value = attributes[control.name];
    var set = function (next) {
      var change = {};
      change[control.name] = next;
      setAttributes(change);
    };
    var common = {key: control.name, label: control.label, help: control.help};
    if (control.control === 'toggle') {
      return el(components.ToggleControl, Object.assign(common, {checked: !!value, onChange: set}));
    }
    if (control.control === 'select') {
      return el(
        components.SelectControl,
        Object.assign(common, {value: value, options: control.options, onChange: set})
      );
    }
    if (control.control === 'checkboxes') {
      var chosen = value || [];
      return el(
        components.BaseControl,
        {key: control.name, id: 'sensiq-' + control.name, label: control.label, help: control.help},
        control.options.map(function (option) {
          return el(components.CheckboxControl, {
            key: option.value,
            label: option.label,
            checked: chosen.indexOf(option.value) >= 0,
            onChange: function (on) {
              // Kept in article order, the order of the list.
              set(
                control.options
                  .map(function (o) {
                    return o.value;
                  })
                  .filter(function (id) {
                    return id === option.value ? on : chosen.indexOf(id) >= 0;
                  })
              );
            },
          });
        })
      );
    }
    return el(
      components.TextControl,
      Object.assign(common, {
        type: control.control === 'number' ? 'number' : 'text',
        value: value || '',
        onChange: set,
      })
    );
  }

  blocks.forEach(function (block) {
    wp.blocks.registerBlockType(block.name, {
      title: block.title,
      description: block.description,
      category: 'widgets',
      icon: 'heart',
      attributes: block.attributes,
      edit: function (props) {
        return el(
          'div',
          useBlockProps(),
          el(
            InspectorControls,
            null,
            el(
              components.PanelBody,
              {title: block.title},
              block.controls.map(function (control) {
                return field(control, props.attributes, props.setAttributes);
              })
            )
          ),
          el(block.tag, elementAttributes(block.controls, props.attributes))
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.sensiqEmbedBlocks || []);
