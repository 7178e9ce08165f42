package org.healthscore.store;

/** The user cancelled an import; the workspace is as it was. */
public class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("Import cancelled; the workspace is unchanged.");
    }
}
