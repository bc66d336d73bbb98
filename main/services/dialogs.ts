import { GalleyError } from '../../src/api/result';

/** The system dialogs a service may open: Electron's in the app, a double in the test host. */
export interface Dialogs {
  /** The folder the user chose, or null when they cancelled. */
  chooseFolder(title: string): Promise<string | null>;
}

/** Where there is no window (the CLI, tests of the services): say so rather than pretend. */
export const NO_DIALOGS: Dialogs = {
  chooseFolder: () => Promise.reject(new GalleyError('io', 'There is no folder chooser here: type the folder’s path.')),
};
