/// <reference types="office-js" />
// Tells the pane that the user changed the document, through Document.onParagraphChanged
// (requirement set WordApi 1.6; the caller checks it with isSetSupported first). The pattern is
// Microsoft's: add the handler inside Word.run and sync once; remove it later with
// eventContext.remove() and a sync in a Word.run on the handler's own request context
// (learn.microsoft.com/office/dev/add-ins/word/word-add-ins-events, sample
// office-js-snippets samples/word/25-paragraph/onchanged-event.yaml).

type ChangedHandler = OfficeExtension.EventHandlerResult<Word.ParagraphChangedEventArgs>;

/**
 * Word.run on an existing request context, as Microsoft's remove-handler sample calls it.
 * @types/office-js declares this overload for Excel.run only, so it is typed here; Word.run is
 * looked up at call time.
 */
function runOnContext<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  const run = Word.run as unknown as (context: OfficeExtension.ClientRequestContext, batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
  return run(context, batch);
}

/** Subscribes to paragraph changes; the returned function unsubscribes (once is enough, twice is harmless). */
export function subscribeToParagraphChanges(listener: () => void): () => void {
  let ended = false;
  const registration: Promise<ChangedHandler | null> = Word.run(async (context) => {
    const handler = context.document.onParagraphChanged.add(async () => {
      // Word may still deliver an event that was under way when the pane unsubscribed.
      if (!ended) listener();
    });
    await context.sync();
    return handler;
  }).catch(() => null); // Live warnings are a convenience: without them the pane still checks on request.

  return () => {
    if (ended) return;
    ended = true;
    void registration
      .then(async (handler) => {
        if (handler === null) return;
        await runOnContext(handler.context, async (context) => {
          handler.remove();
          await context.sync();
        });
      })
      .catch(() => undefined); // The pane is going away or the document closed: nothing left to undo.
  };
}
