package dev.molt.service.link;

import dev.molt.driver.Driver;
import dev.molt.driver.stage.LinkStage;
import dev.molt.driver.stage.StageDiagnostics;
import dev.molt.driver.stage.StageInputException;
import dev.molt.driver.stage.StageResult;
import dev.molt.driver.stage.StageTargets;
import dev.molt.service.common.StageHandler;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.Stage;

/**
 * An ObjectFile in, the executable (ELF) or .wasm module out. One driver for the service's life:
 * it extracts the toolchain and builds each target's runtime library once.
 */
final class LinkHandler implements StageHandler {
    private final LinkStage link;

    LinkHandler(Driver driver) {
        this.link = new LinkStage(driver);
    }

    @Override
    public Stage stage() {
        return Stage.STAGE_LINK;
    }

    @Override
    public Outcome run(BuildConfig config, byte[] objectFile) throws BadInputException {
        try {
            StageResult result = link.run(objectFile, StageTargets.fromProto(config.getTarget()), config.getEntry());
            return new Outcome(result.ok() ? result.output() : null, StageDiagnostics.toProto(result.diagnostics()));
        } catch (StageInputException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
