import { Children, isValidElement, type ComponentProps, type ReactNode } from 'react';
import { useStrings } from '../i18n';

/** The plain text of rendered children (for a label that names the section). */
function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) =>
      typeof child === 'string' || typeof child === 'number'
        ? String(child)
        : isValidElement<{ children?: ReactNode }>(child)
          ? textOf(child.props.children)
          : '',
    )
    .join('');
}

/** A section heading with a visible "#" link to itself, for sharing a link to the section. */
export function anchoredHeading(Level: 'h2' | 'h3') {
  return function AnchoredHeading({ id, children, ...rest }: ComponentProps<'h2'>) {
    const { t } = useStrings();
    if (!id) return <Level {...rest}>{children}</Level>;
    return (
      <Level id={id} {...rest}>
        {children}{' '}
        <a className="anchor" href={`#${id}`} aria-label={t('anchorLabel', { title: textOf(children) })}>
          #
        </a>
      </Level>
    );
  };
}
