package dev.molt.service.launcher;

/**
 * The five Spring Boot applications of the hosted pipeline, with the gRPC ports of decision 0050.
 * The launcher knows them by main class name so that this list is the only place naming them.
 */
public enum PipelineService {
    PARSER("parser-svc", "dev.molt.service.parser.ParserApplication", 9101, false),
    LOWERING("lowering-svc", "dev.molt.service.lowering.LoweringApplication", 9102, false),
    CODEGEN("codegen-svc", "dev.molt.service.codegen.CodegenApplication", 9103, false),
    LINK("link-svc", "dev.molt.service.link.LinkApplication", 9104, false),
    API("api-svc", "dev.molt.service.api.ApiApplication", 9100, true);

    /** api-svc's HTTP port (REST, SSE, OpenAPI). */
    public static final int DEFAULT_HTTP_PORT = 8080;

    private final String id;
    private final String mainClass;
    private final int defaultGrpcPort;
    private final boolean web;

    PipelineService(String id, String mainClass, int defaultGrpcPort, boolean web) {
        this.id = id;
        this.mainClass = mainClass;
        this.defaultGrpcPort = defaultGrpcPort;
        this.web = web;
    }

    /** The folder under services/ and the docker-compose service name, e.g. "parser-svc". */
    public String id() {
        return id;
    }

    public String mainClass() {
        return mainClass;
    }

    public int defaultGrpcPort() {
        return defaultGrpcPort;
    }

    /** Serves HTTP (only api-svc); the others run without a web server. */
    public boolean web() {
        return web;
    }
}
