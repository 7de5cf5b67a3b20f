package dev.molt.driver.stage;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.molt.codegen.Codegen;
import dev.molt.codegen.CodegenException;
import dev.molt.codegen.ObjectCode;
import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.driver.Diagnostics;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.ir.IrModule;
import dev.molt.ir.IrProto;
import dev.molt.service.v1.ObjectFile;

/** The codegen stage alone: a serialized Molt IR module in, an {@link ObjectFile} out. */
public final class CodegenStage {
    private CodegenStage() {}

    public static StageResult run(byte[] irModule, Target target, OptLevel opt) throws StageInputException {
        IrModule module;
        try {
            module = IrProto.fromBytes(irModule);
        } catch (InvalidProtocolBufferException | RuntimeException e) {
            throw new StageInputException("the codegen stage's input is not an IR module: " + e.getMessage(), e);
        }
        try {
            ObjectCode object = Codegen.generate(module, target, opt);
            byte[] out = ObjectFile.newBuilder()
                    .setTarget(StageTargets.toProto(target))
                    .setObject(ByteString.copyFrom(object.bytes()))
                    .build().toByteArray();
            return new StageResult(out, java.util.List.of());
        } catch (CodegenException e) {
            return StageResult.failed(Diagnostic.error(Diagnostics.CODEGEN, "codegen failed: " + e.getMessage(),
                    module.file(), 0, 0, 0, 0, null));
        } catch (RuntimeException | StackOverflowError e) {
            return StageResult.failed(StageDiagnostics.internal(module.file(), "codegen", e));
        }
    }
}
