import { expect, waitUntil } from '@open-wc/testing';
import { PATIENCE, advanceServerClock, createSession, inside, mountHub, statusOf, untilList, untilStatus } from './helpers.js';

/** Issue 17 §1–§2 in the element: the expired view's "Request a new link" and the hand-off view, both accessible. */
describe('<connect-hub> renewal and hand-off views', () => {
  it('an expired link asks for a new one and says the project was told', async () => {
    const { token } = await createSession({ expires_in: 60 });
    await advanceServerClock(3600);
    try {
      const hub = await mountHub({ token });
      const expired = await untilStatus(hub, 'warning');
      const button = inside<HTMLButtonElement>(expired, 'button');
      expect(button?.textContent?.trim()).to.equal('Request a new link');
      await expect(hub).to.be.accessible();
      button!.click();
      const told = await untilStatus(hub, 'success');
      expect(told.heading).to.equal('Request sent');
      expect(told.message).to.match(/has been told; you'll get a new link\.$/);
      await expect(hub).to.be.accessible();
    } finally {
      await advanceServerClock(-3600);
    }
  });

  it('"Continue on your phone" shows the QR code of a hand-off link, and Back returns to the list', async () => {
    const { token } = await createSession();
    const hub = await mountHub({ token });
    await untilList(hub);
    inside<HTMLButtonElement>(hub, '.handoff-button')!.click();
    await waitUntil(() => inside(hub.shadowRoot?.querySelector('connect-hub-handoff') ?? null, 'img.qr'), 'the QR code', PATIENCE);
    const view = hub.shadowRoot!.querySelector('connect-hub-handoff')!;
    expect(inside<HTMLImageElement>(view, 'img.qr')!.src).to.match(/^data:image\/svg\+xml;base64,/);
    expect(inside(view, '[role="status"]')!.textContent).to.equal('Waiting for your phone…');
    await expect(hub).to.be.accessible();
    [...view.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Back')!.click();
    await untilList(hub);
    expect(statusOf(hub)).to.equal(null);
  });
});
