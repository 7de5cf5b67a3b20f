package dev.molt.service.api.rest;

import dev.molt.service.api.access.Caller;
import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.api.build.ApiProblem.Kind;
import dev.molt.service.api.build.ArtifactFile;
import dev.molt.service.api.build.BuildOptions;
import dev.molt.service.api.build.Builds;
import dev.molt.service.api.rest.Views.BuildList;
import dev.molt.service.api.rest.Views.BuildView;
import dev.molt.service.api.rest.Views.Submitted;
import dev.molt.service.common.MoltServiceProperties;
import dev.molt.service.v1.Build;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The builds resource of issue 4 item 3: a thin adapter over {@link Builds}. */
@RestController
@RequestMapping(Views.BASE)
class BuildController {
  /** An SSE stream outlives the longest build by this much before the server closes it. */
  private static final long SSE_GRACE_MS = 60_000;

  private final Builds builds;
  private final ExecutorService sseExecutor;
  private final long sseTimeoutMs;

  BuildController(Builds builds, ExecutorService sseExecutor, MoltServiceProperties properties) {
    this.builds = builds;
    this.sseExecutor = sseExecutor;
    this.sseTimeoutMs = properties.buildTimeout().toMillis() + SSE_GRACE_MS;
  }

  /** Queues a build of a {@code .py} file or a {@code .zip} package: {@code 202} and its links. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  ResponseEntity<Submitted> submit(@RequestAttribute(Caller.ATTRIBUTE) String team,
      @RequestPart("file") MultipartFile file,
      @RequestParam(name = "entry", required = false) String entry,
      @RequestParam(name = "target", required = false) String target,
      @RequestParam(name = "opt", required = false) String opt) {
    Build build = builds.submit(team, file.getOriginalFilename(), bytes(file), entry,
        BuildOptions.target(target), BuildOptions.opt(opt));
    Views.Links links = Views.Links.of(build.getId());
    return ResponseEntity.accepted().location(URI.create(links.self()))
        .body(new Submitted(build.getId(), build.getStatus().name(), links));
  }

  @GetMapping("/{id}")
  BuildView get(@RequestAttribute(Caller.ATTRIBUTE) String team, @PathVariable("id") String id) {
    return Views.build(builds.get(team, id));
  }

  /** Recent builds, newest first. */
  @GetMapping
  BuildList list(@RequestAttribute(Caller.ATTRIBUTE) String team,
      @RequestParam(name = "limit", defaultValue = "50") int limit) {
    return new BuildList(builds.recent(team, limit).stream().map(Views::build).toList());
  }

  /**
   * The build's events as Server-Sent Events: what happened so far, then each change as it
   * happens; the stream ends with the event that ends the build.
   */
  @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(@RequestAttribute(Caller.ATTRIBUTE) String team,
      @PathVariable("id") String id) {
    builds.get(team, id);  // 404 before the stream opens
    SseEmitter emitter = new SseEmitter(sseTimeoutMs);
    SseWatch watch = new SseWatch(emitter, sseExecutor);
    watch.unfollowWith(builds.follow(team, id, watch));
    return emitter;
  }

  /** The executable (or {@code .wasm}) of a build that succeeded. */
  @GetMapping("/{id}/artifact")
  ResponseEntity<byte[]> artifact(@RequestAttribute(Caller.ATTRIBUTE) String team,
      @PathVariable("id") String id) {
    Builds.Download download = builds.download(team, id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ArtifactFile.mediaType(download.build().getConfig())))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(download.filename()).build().toString())
        .header(HttpHeaders.ETAG, "\"" + download.build().getArtifact().getSha256() + "\"")
        .body(download.bytes());
  }

  /** Cancels the build (a build that has already ended stays as it is). */
  @DeleteMapping("/{id}")
  BuildView cancel(@RequestAttribute(Caller.ATTRIBUTE) String team,
      @PathVariable("id") String id) {
    return Views.build(builds.cancel(team, id));
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new ApiProblem(Kind.BAD_FIELD, "the upload could not be read: " + e.getMessage());
    }
  }
}
