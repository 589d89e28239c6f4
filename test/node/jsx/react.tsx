/// <reference types="@sensiq/embed/jsx/react" />
// Every SensIQ element in React 19 JSX with its attributes and the FAQ's event: type-checks with the package's typings.
import {useState} from 'react';

export function HipPainPage({clinic}: {clinic: boolean}) {
  const [question, setQuestion] = useState('');
  return (
    <sensiq-provider theme="auto" heading-level={3}>
      <sensiq-article cta-href="https://shop.example/" cta-label="Shop now" no-promo={clinic} />
      <sensiq-takeaways limit={3} theme="dark" />
      <sensiq-faq
        questions="do-hips-hurt-during-perimenopause"
        limit={5}
        open="all"
        single
        searchable
        no-structured-data
        onsensiq-faq-toggle={(event) => setQuestion(event.detail.question)}
      />
      <sensiq-red-flags emergency-number="911" article="menopause-hip-leg-pain" />
      <p>{question}</p>
    </sensiq-provider>
  );
}
