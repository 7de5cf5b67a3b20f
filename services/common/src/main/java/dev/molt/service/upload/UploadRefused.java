package dev.molt.service.upload;

/** An upload that is not accepted, with the rule it broke and a sentence for the user. */
public final class UploadRefused extends Exception {
  private static final long serialVersionUID = 1L;

  /** Which rule an upload broke; the front door maps each to an HTTP or gRPC status. */
  public enum Reason {
    /** Neither a {@code .py} file nor a {@code .zip} archive. */
    UNSUPPORTED_TYPE,
    /** The upload, or the sources it decompresses to, exceed the byte limit. */
    TOO_LARGE,
    /** The zip lists more entries than allowed. */
    TOO_MANY_FILES,
    /** Not a readable zip: corrupt, encrypted, or compressed with a method we cannot read. */
    BAD_ARCHIVE,
    /** An entry name that could escape or confuse an extraction folder. */
    UNSAFE_PATH,
    /** A symbolic link or other non-regular entry. */
    LINK,
    /** Two entries with the same name. */
    DUPLICATE,
    /** A zip without any {@code .py} file. */
    NO_SOURCES,
    /** The requested entry module is not in the upload. */
    ENTRY_NOT_FOUND,
    /** No entry was requested and the upload does not name one by itself. */
    ENTRY_AMBIGUOUS
  }

  private final Reason reason;

  public UploadRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
