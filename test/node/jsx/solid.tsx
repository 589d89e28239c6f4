/** @jsxImportSource solid-js */
/// <reference types="@sensiq/embed/jsx/solid" />
// The SensIQ elements in Solid JSX: type-checks with the package's typings.
import {createSignal} from 'solid-js';

export function Faq() {
  const [id, setId] = createSignal('');
  return (
    <sensiq-provider theme="light">
      <sensiq-faq limit={5} single onsensiq-faq-toggle={(event) => setId(event.detail.id)} />
      <sensiq-red-flags emergency-number="+44 999" />
      <p>{id()}</p>
    </sensiq-provider>
  );
}
