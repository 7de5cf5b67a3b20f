package dev.molt.service.link;

import dev.molt.service.common.StageCall;
import dev.molt.service.common.StageHost;
import dev.molt.service.v1.LinkServiceGrpc;
import dev.molt.service.v1.StageRequest;
import dev.molt.service.v1.StageResponse;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;

/** LinkService.Link over the same runner and cache as the Kafka worker. */
@Service
class LinkGrpcService extends LinkServiceGrpc.LinkServiceImplBase {
    private final StageHost host;

    LinkGrpcService(StageHost host) {
        this.host = host;
    }

    @Override
    public void link(StageRequest request, StreamObserver<StageResponse> response) {
        response.onNext(StageCall.handle(host.runner(), request));
        response.onCompleted();
    }
}
