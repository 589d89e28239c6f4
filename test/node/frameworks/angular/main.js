// Angular compiles this component in the browser (JIT), so the app needs no Angular build step of its own. The
// elements are registered once Angular has rendered them (as loader.js would), so that Angular's runtime check of
// unknown elements and properties applies: without CUSTOM_ELEMENTS_SCHEMA it reports each tag, as an AOT build would.
import '@angular/compiler';
import {Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal} from '@angular/core';
import {bootstrapApplication} from '@angular/platform-browser';

// Every SensIQ content element in Angular, written as the README's Angular recipe says.
const App = Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <label>
      <input type="checkbox" [checked]="clinic()" (change)="clinic.set($any($event.target).checked)" /> Clinic mode
    </label>
    <sensiq-provider heading-level="3" theme="dark">
      <sensiq-takeaways [limit]="2"></sensiq-takeaways>
    </sensiq-provider>
    <sensiq-faq limit="3" single (sensiq-faq-toggle)="showToggle($event)"></sensiq-faq>
    <p id="last-toggle">{{ lastToggle() }}</p>
    <sensiq-red-flags emergency-number="911"></sensiq-red-flags>
    <sensiq-article
      cta-href="https://shop.example/"
      cta-label="Shop now"
      [attr.no-promo]="clinic() ? '' : null"
    ></sensiq-article>
  `,
})(
  class {
    clinic = signal(false);
    lastToggle = signal('');
    showToggle(event) {
      this.lastToggle.set(`${event.detail.open ? 'Opened' : 'Closed'}: ${event.detail.question}`);
    }
  }
);

await bootstrapApplication(App, {providers: [provideZonelessChangeDetection()]});
await import('../register-elements.js');
