package io.changeflow.change;

import io.changeflow.cmdb.CiType;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two standard change models for the demo, so a requester can file a pre-approved change
 * on the first start. Seeded once, when there are no models.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "changeflow.demo.seed", havingValue = "true")
class DemoChangeModels implements ApplicationRunner {

	private final ChangeModelRepository models;

	DemoChangeModels(ChangeModelRepository models) {
		this.models = models;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.models.count() > 0) {
			return;
		}
		this.models.save(new ChangeModel(new ChangeModelBody("Restart app server",
				"Restart an application server or the application on it, e.g. to pick up configuration.",
				ChangeCategory.INFRASTRUCTURE,
				"1. Drain the server at the load balancer.\n2. Restart the service.\n3. Put it back into the pool.",
				"Health check answers UP; error rate at the load balancer stays at its usual level for 10 minutes.",
				"Take the server out of the pool again and page the owning team.",
				List.of(CiType.SERVER, CiType.APPLICATION))));
		this.models.save(new ChangeModel(new ChangeModelBody("Rotate TLS certificate",
				"Replace a TLS certificate before it expires with one from the same issuer.", ChangeCategory.SECURITY,
				"1. Install the new certificate and key.\n2. Reload the terminating proxy.",
				"The served certificate has the new serial and expiry; the chain validates.",
				"Reinstall the previous certificate and key, and reload the proxy.", List.of(CiType.CERTIFICATE))));
	}

}
