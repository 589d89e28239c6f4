// Peer: the FAQ as a React 19 developer would build it: the same nine questions and answers, from the same
// compiled content, as buttons that show and hide their answer (aria-expanded, like <sensiq-faq>).
import {StrictMode, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {faqs} from '../../build/src/content/generated/faq.js';

const text = (runs) => runs.map((run) => (typeof run === 'string' ? run : (run.strong ?? ''))).join('');

function Item({item}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="item">
      <h3>
        <button id={`q-${item.id}`} aria-expanded={open} aria-controls={`a-${item.id}`} onClick={() => setOpen(!open)}>
          {item.heading}
        </button>
      </h3>
      <div id={`a-${item.id}`} role="region" aria-labelledby={`q-${item.id}`} hidden={!open}>
        {item.blocks.map((block, i) => (
          <p key={i}>{text(block.text)}</p>
        ))}
      </div>
    </div>
  );
}

function Faq() {
  return (
    <section className="faq">
      {faqs['menopause-hip-leg-pain'].map((item) => (
        <Item key={item.id} item={item} />
      ))}
    </section>
  );
}

createRoot(document.getElementById('faq-root')).render(
  <StrictMode>
    <Faq />
  </StrictMode>
);
