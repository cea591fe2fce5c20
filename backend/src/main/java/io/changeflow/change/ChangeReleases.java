package io.changeflow.change;

import java.util.List;

/**
 * The releases that bundled a change, as its page names them. The release feature knows
 * them (it depends on changes, not the other way round), so it provides this.
 */
public interface ChangeReleases {

	/**
	 * The releases that bundle or bundled the change, oldest first.
	 * @param changeKey the change
	 * @return the releases, empty when none did
	 */
	List<ChangeView.ReleaseRef> of(String changeKey);

}
