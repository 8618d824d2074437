// What a front end needs from a document, whether it lives in Word or in a .docx file.
import type { EditPlan } from './plan';
import type { MunicipalityProfile } from './profile';
import type { DocumentSnapshot } from './snapshot';

export interface Capabilities {
  readonly trackedChanges: boolean;
  /** Edits a plan marks tracked become tracked changes (else they are made untracked). */
  readonly trackedEdits: boolean;
  readonly comments: boolean;
  readonly contentControls: boolean;
  readonly hiddenText: boolean;
  readonly customXml: boolean;
  /** Dutch sentences saying what this host cannot do, shown plainly in the pane. */
  readonly limitations: readonly string[];
}

/** The user's own settings, kept outside documents (Word: roaming settings; browser page: localStorage). */
export interface UserSettings {
  /** The name review edits are signed with, '' when none was given yet. */
  reviewerName(): string;
  saveReviewerName(name: string): Promise<void>;
  /** The municipality's profile (profile.ts), null when none was saved. */
  profile(): MunicipalityProfile | null;
  /** Saves the profile for every next agreement; null forgets it. */
  saveProfile(profile: MunicipalityProfile | null): Promise<void>;
}

export interface DocumentPort {
  readonly host: 'word' | 'docx';
  /** Where the user's settings live; absent where the host keeps none (then the pane asks each session). */
  readonly userSettings?: UserSettings;
  capabilities(): Capabilities;
  readSnapshot(): Promise<DocumentSnapshot>;
  /** Applies a whole plan, all or nothing. */
  apply(plan: EditPlan): Promise<void>;
  /** Selects a paragraph and brings it into view. */
  select(paragraphIndex: number): Promise<void>;
  /**
   * Calls the listener after the user changed the document (typing, pasting). Absent where the
   * host cannot tell (older Word, a .docx file). Returns a function that ends the subscription.
   */
  onDocumentChanged?(listener: () => void): () => void;
}
