package dev.molt.service.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.service.upload.UploadRefused.Reason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadArchiveTest {
  private static final UploadLimits LIMITS = new UploadLimits(64 * 1024, 20);

  private static UploadRefused refused(String name, byte[] content, Reason expected) {
    UploadRefused e = assertThrows(UploadRefused.class,
        () -> UploadArchive.read(name, content, LIMITS));
    assertEquals(expected, e.reason(), e.getMessage());
    return e;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void singlePythonFileIsItsOwnEntry() throws Exception {
    UploadArchive upload = UploadArchive.read("app.py", utf8("print(1)\n"), LIMITS);
    assertFalse(upload.isZip());
    assertEquals(List.of("app.py"), List.copyOf(upload.sources().keySet()));
    assertEquals("app.py", upload.entry(null));
    assertEquals("app.py", upload.entry("app"));
    assertArrayEquals(utf8("print(1)\n"), upload.source("app.py"));
    assertEquals(Reason.ENTRY_NOT_FOUND,
        assertThrows(UploadRefused.class, () -> upload.entry("other.py")).reason());
  }

  @Test
  void clientFolderInTheFileNameIsDropped() throws Exception {
    assertEquals("app.py", UploadArchive.read("C:\\Users\\me\\app.py", utf8(""), LIMITS).entry(""));
    assertEquals("app.py", UploadArchive.read("/home/me/app.py", utf8(""), LIMITS).entry(""));
  }

  @Test
  void zipKeepsOnlyPythonSourcesSortedByPath() throws Exception {
    byte[] zip = new ZipMaker().directory("pkg").file("pkg/util.py", "X = 1\n")
        .file("main.py", "import pkg.util\n").file("README.md", "# hi\n")
        .file("__MACOSX/._main.py", "junk").bytes();
    UploadArchive upload = UploadArchive.read("project.zip", zip, LIMITS);
    assertTrue(upload.isZip());
    assertEquals(List.of("main.py", "pkg/util.py"), List.copyOf(upload.sources().keySet()));
    assertEquals("main.py", upload.entry(null));
    assertEquals("pkg/util.py", upload.entry("pkg/util.py"));
    assertArrayEquals(utf8("X = 1\n"), upload.source("pkg/util.py"));
  }

  @Test
  void singleSourceInAZipIsTheEntryWhateverItsName() throws Exception {
    byte[] zip = new ZipMaker().file("src/tool.py", "pass\n").file("data.txt", "x").bytes();
    assertEquals("src/tool.py", UploadArchive.read("t.zip", zip, LIMITS).entry(null));
  }

  @Test
  void severalSourcesWithoutMainNeedTheEntryField() throws Exception {
    byte[] zip = new ZipMaker().file("a.py", "").file("b.py", "").bytes();
    UploadArchive upload = UploadArchive.read("t.zip", zip, LIMITS);
    UploadRefused e = assertThrows(UploadRefused.class, () -> upload.entry(null));
    assertEquals(Reason.ENTRY_AMBIGUOUS, e.reason());
    assertTrue(e.getMessage().contains("a.py, b.py"), e.getMessage());
    assertEquals("b.py", upload.entry("b"));
    UploadRefused missing = assertThrows(UploadRefused.class, () -> upload.entry("c.py"));
    assertEquals(Reason.ENTRY_NOT_FOUND, missing.reason());
    assertTrue(missing.getMessage().contains("'c.py'"), missing.getMessage());
  }

  @Test
  void otherFileTypesAreUnsupported() {
    refused("app.exe", utf8("MZ"), Reason.UNSUPPORTED_TYPE);
    refused("", utf8("print(1)"), Reason.UNSUPPORTED_TYPE);
    refused(null, utf8("print(1)"), Reason.UNSUPPORTED_TYPE);
  }

  @Test
  void uploadOverTheByteLimitIsTooLarge() {
    UploadRefused e = refused("big.py", new byte[64 * 1024 + 1], Reason.TOO_LARGE);
    assertTrue(e.getMessage().contains("65537"), e.getMessage());
  }

  @Test
  void zipBombIsStoppedWhileDecompressing() {
    // 8 MiB of zeros compress to a few KiB: the upload is small, its content is not
    byte[] zip = new ZipMaker().file("main.py", new byte[8 * 1024 * 1024]).bytes();
    assertTrue(zip.length < LIMITS.maxBytes(), "the bomb itself must be under the limit");
    refused("bomb.zip", zip, Reason.TOO_LARGE);
  }

  @Test
  void manySmallSourcesAddUpAgainstTheLimit() {
    ZipMaker maker = new ZipMaker();
    for (int i = 0; i < 5; i++) {
      maker.file("m" + i + ".py", "#" + "x".repeat(15 * 1024) + "\n");
    }
    refused("sum.zip", maker.bytes(), Reason.TOO_LARGE);
  }

  @Test
  void tooManyEntries() {
    ZipMaker maker = new ZipMaker();
    for (int i = 0; i < 21; i++) {
      maker.file("d" + i + ".txt", "");
    }
    UploadRefused e = refused("many.zip", maker.bytes(), Reason.TOO_MANY_FILES);
    assertTrue(e.getMessage().contains("21 entries"), e.getMessage());
  }

  @Test
  void parentSegmentsAreRefused() {
    for (String name : List.of("../evil.py", "pkg/../../evil.py", "pkg/..", "a/../b.py")) {
      UploadRefused e = refused("t.zip", new ZipMaker().file("main.py", "").file(name, "").bytes(),
          Reason.UNSAFE_PATH);
      assertTrue(e.getMessage().contains("'..'"), e.getMessage());
    }
  }

  @Test
  void absoluteAndWindowsPathsAreRefused() {
    for (String name : List.of("/etc/passwd", "/main.py", "C:/x.py", "c:x.py", "main.py:stream")) {
      refused("t.zip", new ZipMaker().file(name, "").bytes(), Reason.UNSAFE_PATH);
    }
  }

  @Test
  void backslashesAreRefusedWhereTheyAreNotSeparators() {
    // commons-compress turns '\\' into '/' in MS-DOS entries without a '/' (whose tools wrote it
    // as the separator); elsewhere it is part of the name, and a name with one is refused
    for (String name : List.of("pkg/..\\..\\evil.py", "pkg/sub\\main.py")) {
      UploadRefused e = refused("t.zip", new ZipMaker().unixEntry(name, 0100644, "").bytes(),
          Reason.UNSAFE_PATH);
      assertTrue(e.getMessage().contains("backslash"), e.getMessage());
    }
    refused("t.zip", new ZipMaker().dosEntry("..\\evil.py", 0x20, "").bytes(), Reason.UNSAFE_PATH);
  }

  @Test
  void oddSegmentsAndControlCharactersAreRefused() {
    for (String name : List.of("./main.py", "pkg//a.py", "a\u0000.py", "a\n.py",
        "x".repeat(256) + ".py")) {
      refused("t.zip", new ZipMaker().file(name, "").bytes(), Reason.UNSAFE_PATH);
    }
  }

  @Test
  void unsafeNamesAreRefusedEvenForFilesThatWouldNotBeUsed() {
    byte[] zip = new ZipMaker().file("main.py", "").file("../../.bashrc", "rm -rf ~").bytes();
    refused("t.zip", zip, Reason.UNSAFE_PATH);
  }

  @Test
  void unixSymbolicLinkIsRefused() {
    byte[] zip = new ZipMaker().file("main.py", "")
        .unixEntry("secrets.py", 0120777, "/etc/shadow").bytes();
    UploadRefused e = refused("t.zip", zip, Reason.LINK);
    assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
  }

  @Test
  void otherUnixSpecialFilesAreRefused() {
    // 0010644 is a FIFO, 0060644 a block device
    refused("t.zip", new ZipMaker().unixEntry("main.py", 0010644, "").bytes(), Reason.LINK);
    refused("t.zip", new ZipMaker().unixEntry("main.py", 0060644, "").bytes(), Reason.LINK);
  }

  @Test
  void regularUnixModesAreAccepted() throws Exception {
    byte[] zip = new ZipMaker().unixEntry("main.py", 0100644, "pass\n").directory("pkg").bytes();
    assertEquals("main.py", UploadArchive.read("t.zip", zip, LIMITS).entry(null));
  }

  @Test
  void windowsReparsePointIsRefused() {
    byte[] zip = new ZipMaker().dosEntry("main.py", 0x400 | 0x20, "").bytes();
    refused("t.zip", zip, Reason.LINK);
  }

  @Test
  void duplicateNamesAreRefused() {
    byte[] zip = new ZipMaker().file("main.py", "print('a')").file("main.py", "print('b')").bytes();
    UploadRefused e = refused("t.zip", zip, Reason.DUPLICATE);
    assertTrue(e.getMessage().contains("'main.py'"), e.getMessage());
  }

  @Test
  void folderAndFileWithTheSameNameAreDuplicates() {
    byte[] zip = new ZipMaker().directory("pkg").file("pkg", "").file("main.py", "").bytes();
    refused("t.zip", zip, Reason.DUPLICATE);
  }

  @Test
  void encryptedEntryIsRefused() {
    byte[] zip = ZipMaker.markEncrypted(new ZipMaker().file("main.py", "print(1)\n").bytes());
    UploadRefused e = refused("t.zip", zip, Reason.BAD_ARCHIVE);
    assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
  }

  @Test
  void garbageAndTruncatedZipsAreBadArchives() {
    refused("t.zip", utf8("print('not a zip')"), Reason.BAD_ARCHIVE);
    refused("t.zip", new byte[0], Reason.BAD_ARCHIVE);
    byte[] zip = new ZipMaker().file("main.py", "print(1)\n").bytes();
    byte[] truncated = java.util.Arrays.copyOf(zip, zip.length - 10);
    refused("t.zip", truncated, Reason.BAD_ARCHIVE);
  }

  @Test
  void zipWithoutPythonSources() {
    refused("t.zip", new ZipMaker().file("a.txt", "x").directory("d").bytes(), Reason.NO_SOURCES);
  }
}
