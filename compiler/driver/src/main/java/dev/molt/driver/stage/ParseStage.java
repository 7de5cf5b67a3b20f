package dev.molt.driver.stage;

import dev.molt.frontend.ast.AstProto;
import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import dev.molt.service.v1.ParsedModule;
import java.nio.charset.StandardCharsets;

/**
 * The parse stage alone: a module's file name and bytes in, a {@link ParsedModule} out (the
 * decoded source as UTF-8, which lowering needs for its messages, and the AST). A syntax error is
 * CPython's diagnostic.
 */
public final class ParseStage {
    private ParseStage() {}

    public static StageResult run(String filename, byte[] source) {
        try {
            ParseResult parsed = Parser.parse(source, filename);
            if (!parsed.ok() || parsed.module() == null) {
                return StageResult.failed(parsed.diagnostics());
            }
            byte[] out = ParsedModule.newBuilder()
                    .setFilename(filename)
                    .setSource(com.google.protobuf.ByteString.copyFrom(parsed.source().text(), StandardCharsets.UTF_8))
                    .setAst(com.google.protobuf.ByteString.copyFrom(AstProto.toBytes(parsed.module())))
                    .build().toByteArray();
            return new StageResult(out, parsed.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            return StageResult.failed(StageDiagnostics.internal(filename, "parse", e));
        }
    }
}
