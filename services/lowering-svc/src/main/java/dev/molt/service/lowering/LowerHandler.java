package dev.molt.service.lowering;

import dev.molt.driver.stage.LowerStage;
import dev.molt.driver.stage.StageDiagnostics;
import dev.molt.driver.stage.StageInputException;
import dev.molt.driver.stage.StageResult;
import dev.molt.service.common.StageHandler;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.Stage;

/** A ParsedModule in, the serialized Molt IR module out. */
final class LowerHandler implements StageHandler {
    @Override
    public Stage stage() {
        return Stage.STAGE_LOWER;
    }

    @Override
    public Outcome run(BuildConfig config, byte[] parsedModule) throws BadInputException {
        try {
            StageResult result = LowerStage.run(parsedModule);
            return new Outcome(result.ok() ? result.output() : null, StageDiagnostics.toProto(result.diagnostics()));
        } catch (StageInputException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
