package dev.molt.driver;

import dev.molt.codegen.Codegen;
import dev.molt.codegen.CodegenException;
import dev.molt.codegen.ObjectCode;
import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.ir.IrModule;
import java.util.List;

/**
 * The codegen stage as the driver sees it: a {@link CodegenException} is a problem with this
 * program (reported as a diagnostic), anything else thrown is a bug in the stage.
 */
final class CodegenStage {
    /** The stage failed on this program; the message is for the user. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private CodegenStage() {}

    static ObjectCode generate(List<IrModule> modules, Target target, OptLevel opt) throws Failure {
        try {
            return Codegen.generate(modules, target, opt);
        } catch (CodegenException e) {
            throw new Failure("codegen failed: " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new Failure("internal error in codegen: " + Diagnostics.describe(e), e);
        }
    }

    static String emitLlvm(List<IrModule> modules, Target target, OptLevel opt) throws Failure {
        try {
            return Codegen.emitLlvm(modules, target, opt);
        } catch (CodegenException e) {
            throw new Failure("codegen failed: " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new Failure("internal error in codegen: " + Diagnostics.describe(e), e);
        }
    }
}
