package hu.gyakorlattar;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.data.repository.Repository;

/**
 * Gives the AOT-processed start the deferred repositories of the ordinary one
 * ({@code spring.data.jpa.repositories.bootstrap-mode=deferred}): every bean gets a proxy
 * of each repository it needs, which finds the repository on first use. Spring Data sets
 * that up while it registers the repositories, which the AOT-processed start does not do
 * again, so there the first bean needing a repository waited on the main thread for the
 * entity manager factory that Hibernate builds in the background: about 2.4 of the 10
 * seconds of the start on two cores, while the main thread had the web layer's beans to
 * create.
 */
class DeferredRepositoriesOnAotStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (AotDetector.useGeneratedArtifacts()
				&& context.getBeanFactory() instanceof DefaultListableBeanFactory beanFactory) {
			beanFactory.setAutowireCandidateResolver(new LazyRepositories());
		}
	}

	private static final class LazyRepositories extends ContextAnnotationAutowireCandidateResolver {

		@Override
		public Object getLazyResolutionProxyIfNecessary(DependencyDescriptor descriptor, String beanName) {
			if (Repository.class.isAssignableFrom(descriptor.getDependencyType())) {
				return buildLazyResolutionProxy(descriptor, beanName);
			}
			return super.getLazyResolutionProxyIfNecessary(descriptor, beanName);
		}

	}

}
