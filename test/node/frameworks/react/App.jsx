// Every SensIQ content element in React 19, written as the README's React recipe says.
import {useState} from 'react';

export function App() {
  const [clinic, setClinic] = useState(false);
  const [lastToggle, setLastToggle] = useState('');
  const showToggle = (event) => setLastToggle(`${event.detail.open ? 'Opened' : 'Closed'}: ${event.detail.question}`);
  return (
    <>
      <label>
        <input type="checkbox" checked={clinic} onChange={(event) => setClinic(event.target.checked)} /> Clinic mode
      </label>
      <sensiq-provider heading-level="3" theme="dark">
        <sensiq-takeaways limit={2} />
      </sensiq-provider>
      <sensiq-faq limit={3} single onsensiq-faq-toggle={showToggle} />
      <p id="last-toggle">{lastToggle}</p>
      <sensiq-red-flags emergency-number="911" />
      <sensiq-article cta-href="https://shop.example/" cta-label="Shop now" no-promo={clinic} />
    </>
  );
}
