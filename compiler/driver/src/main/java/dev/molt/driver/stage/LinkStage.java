package dev.molt.driver.stage;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.molt.codegen.ObjectCode;
import dev.molt.codegen.Target;
import dev.molt.driver.Diagnostics;
import dev.molt.driver.Driver;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.link.ToolchainException;
import dev.molt.service.v1.ObjectFile;

/**
 * The link stage alone: an {@link ObjectFile} in, the executable (ELF or .wasm) bytes out. Links
 * through a {@link Driver}, which owns the toolchain and builds each target's runtime once.
 */
public final class LinkStage {
    private final Driver driver;

    public LinkStage(Driver driver) {
        this.driver = driver;
    }

    /**
     * @param target the build's target; the object must have been generated for it
     * @param file   the program's file name, for diagnostics
     */
    public StageResult run(byte[] objectFile, Target target, String file) throws StageInputException {
        ObjectFile object;
        try {
            object = ObjectFile.parseFrom(objectFile);
        } catch (InvalidProtocolBufferException e) {
            throw new StageInputException("the link stage's input is not an object file: " + e.getMessage(), e);
        }
        Target objectTarget = StageTargets.fromProto(object.getTarget());
        if (objectTarget != target) {
            throw new StageInputException("the link stage got a " + objectTarget.id() + " object for a " + target.id()
                    + " build", null);
        }
        try {
            byte[] executable = driver.link(new ObjectCode(target, object.getObject().toByteArray())).bytes();
            return new StageResult(executable, java.util.List.of());
        } catch (ToolchainException e) {
            return StageResult.failed(Diagnostic.error(Diagnostics.TOOLCHAIN, "link failed: " + e.getMessage(), file,
                    0, 0, 0, 0, null));
        } catch (RuntimeException e) {
            return StageResult.failed(StageDiagnostics.internal(file, "link", e));
        }
    }
}
