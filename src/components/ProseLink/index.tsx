// Links in the docs' prose (MDX `a`): a link to another page of the site is a plain anchor with
// the theme's navigation (useSiteLink); every other link is the theme's (anchors on the page,
// external URLs, footnotes).
import { isSitePageHref, useSiteLink } from '@site/src/playground/useSiteLink';
import MDXA from '@theme/MDXComponents/A';
import type { ComponentProps } from 'react';

type Props = ComponentProps<'a'>;

function SitePageLink({ href, ...rest }: Props & { href: string }) {
  return <a {...rest} {...useSiteLink(href)} />;
}

export default function ProseLink(props: Props) {
  if (!isSitePageHref(props.href) || props.id || (props.target && props.target !== '_self')) {
    return <MDXA {...props} />;
  }
  return <SitePageLink {...props} href={props.href} />;
}
