/// <reference types="office-js" />
// What this Word can do, asked once per call through Office.context.requirements.isSetSupported.
// The manifest declares WordApi 1.3 as the minimum; everything newer is detected here and the
// adapter degrades to what the host has, saying so in Dutch (or English).
import type { Capabilities } from '../core/port';
import { type Language, languageOf, message } from './messages';

export interface WordFeatures {
  /** WordApi 1.4: comments, change-tracking mode, custom XML parts. */
  readonly wordApi14: boolean;
  /** WordApi 1.5: footnotes and endnotes (Body.footnotes, Body.endnotes). */
  readonly wordApi15: boolean;
  /** WordApi 1.6: getTrackedChanges, Document.onParagraphChanged, Paragraph.uniqueLocalId. */
  readonly wordApi16: boolean;
  /** WordApiDesktop 1.2: Font.hidden, Body.shapes (text boxes); not in Word on the web. */
  readonly desktop12: boolean;
  readonly language: Language;
}

function supported(name: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(name, version);
  } catch {
    // Outside a host, or before Office is ready: assume only the declared minimum.
    return false;
  }
}

export function detectFeatures(): WordFeatures {
  let displayLanguage: string | undefined;
  try {
    displayLanguage = Office.context.displayLanguage;
  } catch {
    displayLanguage = undefined;
  }
  return {
    wordApi14: supported('WordApi', '1.4'),
    wordApi15: supported('WordApi', '1.5'),
    wordApi16: supported('WordApi', '1.6'),
    desktop12: supported('WordApiDesktop', '1.2'),
    language: languageOf(displayLanguage),
  };
}

export function capabilitiesOf(features: WordFeatures): Capabilities {
  const limitations: string[] = [];
  const say = (key: Parameters<typeof message>[0]): void => {
    limitations.push(message(key, features.language));
  };
  if (!features.wordApi16) say('noTrackedChanges');
  if (!features.wordApi14) {
    say('noComments');
    say('noTrackedRestore');
    say('noCustomXml');
  } else {
    say('commentAuthor');
  }
  if (!features.desktop12) say('noHiddenText');
  if (!features.wordApi15) say('noNotes');
  else if (!features.wordApi16) say('noNoteAnchors');
  if (!features.desktop12) say('noTextBoxes');
  else say('noStoryTextBoxes');
  if (!features.wordApi16) say('noLiveChanges');
  return {
    trackedChanges: features.wordApi16,
    trackedEdits: features.wordApi14,
    comments: features.wordApi14,
    contentControls: true,
    hiddenText: features.desktop12,
    customXml: features.wordApi14,
    limitations,
  };
}
