/** @jsxImportSource preact */
/// <reference types="@sensiq/embed/jsx/preact" />
// The SensIQ elements in Preact JSX: type-checks with the package's typings.
import {useState} from 'preact/hooks';

export function Faq() {
  const [open, setOpen] = useState(false);
  return (
    <sensiq-provider no-promo>
      <sensiq-faq limit={5} onsensiq-faq-toggle={(event) => setOpen(event.detail.open)} />
      <sensiq-takeaways heading-level={3} theme="dark" />
      <p>{open ? 'open' : 'closed'}</p>
    </sensiq-provider>
  );
}
