package dev.molt.service.codegen;

import dev.molt.driver.stage.CodegenStage;
import dev.molt.driver.stage.StageDiagnostics;
import dev.molt.driver.stage.StageInputException;
import dev.molt.driver.stage.StageResult;
import dev.molt.driver.stage.StageTargets;
import dev.molt.service.common.StageHandler;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.Stage;

/** A serialized IR module in, an ObjectFile for the build's target and optimization level out. */
final class CodegenHandler implements StageHandler {
    @Override
    public Stage stage() {
        return Stage.STAGE_CODEGEN;
    }

    @Override
    public Outcome run(BuildConfig config, byte[] irModule) throws BadInputException {
        try {
            StageResult result = CodegenStage.run(irModule, StageTargets.fromProto(config.getTarget()),
                    StageTargets.fromProto(config.getOpt()));
            return new Outcome(result.ok() ? result.output() : null, StageDiagnostics.toProto(result.diagnostics()));
        } catch (StageInputException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
