package dev.molt.service.link;

import dev.molt.codegen.Target;
import dev.molt.driver.Driver;
import dev.molt.driver.stage.CompilerVersion;
import dev.molt.link.ToolchainException;
import dev.molt.service.common.MoltServiceProperties;
import dev.molt.service.common.StageHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * link-svc: the link stage (bundled clang/lld, the runtime library) as gRPC LinkService and as the
 * consumer of molt.stage.link. Nothing it links is ever run here.
 */
@SpringBootApplication
public class LinkApplication {
    private static final Logger LOG = LoggerFactory.getLogger(LinkApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(LinkApplication.class, args);
    }

    @Bean(destroyMethod = "close")
    StageHost stageHost(Environment env) throws Exception {
        Driver driver = Driver.standard();
        warmUp(driver);
        return StageHost.start(MoltServiceProperties.from(env::getProperty), new LinkHandler(driver),
                CompilerVersion.current(), StageHost.DEFAULT_BACKOFF);
    }

    /**
     * Extracts the toolchain and builds the native runtime library in the background, so the
     * first build does not wait seconds for them; a failure here is reported again by the build.
     */
    private static void warmUp(Driver driver) {
        Thread thread = new Thread(() -> {
            try {
                driver.runtime(Target.NATIVE);
            } catch (ToolchainException | RuntimeException e) {
                LOG.warn("cannot prepare the native runtime library yet: {}", e.getMessage());
            }
        }, "molt-link-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
