package dev.molt.service.codegen;

import dev.molt.driver.stage.CompilerVersion;
import dev.molt.service.common.MoltServiceProperties;
import dev.molt.service.common.StageHost;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** codegen-svc: the codegen stage (LLVM) as gRPC CodegenService and as the consumer of molt.stage.codegen. */
@SpringBootApplication
public class CodegenApplication {
    public static void main(String[] args) {
        SpringApplication.run(CodegenApplication.class, args);
    }

    @Bean(destroyMethod = "close")
    StageHost stageHost(Environment env) throws Exception {
        return StageHost.start(MoltServiceProperties.from(env::getProperty), new CodegenHandler(),
                CompilerVersion.current(), StageHost.DEFAULT_BACKOFF);
    }
}
