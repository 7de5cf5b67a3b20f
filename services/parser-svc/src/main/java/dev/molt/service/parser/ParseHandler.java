package dev.molt.service.parser;

import dev.molt.driver.stage.ParseStage;
import dev.molt.driver.stage.StageDiagnostics;
import dev.molt.driver.stage.StageResult;
import dev.molt.service.common.StageHandler;
import dev.molt.service.upload.UploadArchive;
import dev.molt.service.upload.UploadLimits;
import dev.molt.service.upload.UploadRefused;
import dev.molt.service.v1.BuildConfig;
import dev.molt.service.v1.Stage;

/** The upload (.py or .zip) in, the entry module parsed: checks the archive again, then parses. */
final class ParseHandler implements StageHandler {
    private final UploadLimits limits;

    ParseHandler(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    public Stage stage() {
        return Stage.STAGE_PARSE;
    }

    @Override
    public Outcome run(BuildConfig config, byte[] upload) throws BadInputException {
        // a direct gRPC call may send just a source and its entry name
        String name = !config.getUploadName().isBlank() ? config.getUploadName()
                : !config.getEntry().isBlank() ? config.getEntry() : "main.py";
        String entry;
        byte[] source;
        try {
            UploadArchive archive = UploadArchive.read(name, upload, limits);
            entry = archive.entry(config.getEntry());
            source = archive.source(entry);
        } catch (UploadRefused e) {
            throw new BadInputException("the upload was refused: " + e.getMessage(), e);
        }
        StageResult result = ParseStage.run(entry, source);
        return new Outcome(result.ok() ? result.output() : null, StageDiagnostics.toProto(result.diagnostics()));
    }
}
