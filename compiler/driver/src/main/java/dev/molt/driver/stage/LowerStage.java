package dev.molt.driver.stage;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.molt.frontend.ast.AstProto;
import dev.molt.frontend.ast.Mod;
import dev.molt.ir.IrProto;
import dev.molt.lowering.LowerOptions;
import dev.molt.lowering.LowerResult;
import dev.molt.lowering.Lowerer;
import dev.molt.service.v1.ParsedModule;
import java.nio.charset.StandardCharsets;

/** The lowering stage alone: a {@link ParsedModule} in, a serialized Molt IR module out. */
public final class LowerStage {
    private LowerStage() {}

    public static StageResult run(byte[] parsedModule) throws StageInputException {
        ParsedModule parsed;
        Mod.Module ast;
        try {
            parsed = ParsedModule.parseFrom(parsedModule);
            Mod mod = AstProto.fromBytes(parsed.getAst().toByteArray());
            if (!(mod instanceof Mod.Module)) {
                throw new StageInputException("the lower stage's input holds a " + mod.getClass().getSimpleName()
                        + ", not a module", null);
            }
            ast = (Mod.Module) mod;
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new StageInputException("the lower stage's input is not a parsed module: " + e.getMessage(), e);
        }
        String filename = parsed.getFilename();
        try {
            String source = parsed.getSource().toString(StandardCharsets.UTF_8);
            LowerResult lowered = Lowerer.lower(ast, LowerOptions.main(filename, source));
            if (!lowered.ok() || lowered.module() == null) {
                return StageResult.failed(lowered.diagnostics());
            }
            return new StageResult(IrProto.toBytes(lowered.module()), lowered.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            return StageResult.failed(StageDiagnostics.internal(filename, "lower", e));
        }
    }
}
