package nl.inbreng.health;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * GET /health/live: the process answers HTTP. Kubernetes restarts a pod that stops answering this; it deliberately
 * ignores the database and the index, because an outage of either must not restart every replica at once
 * (readiness, GET /health, takes such a replica out of the load balancer instead).
 */
@Controller("/health/live")
class LivenessController {

    @Get
    HealthController.Health live() {
        return new HealthController.Health("UP");
    }
}
