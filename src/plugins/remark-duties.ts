/**
 * Tells each <Duty> element where it sits, so the component can give it an anchor and say whose
 * duty it is: adds `clause`, `ordinal`, `inClause` and `block` attributes, computed by the same
 * `locateDuties` that the data layer uses to build the partner directory.
 */
import type { Root } from 'mdast';
import { locateDuties } from '../lib/duties';

export default function remarkDuties() {
  return (tree: Root) => {
    for (const duty of locateDuties(tree)) {
      const set = (name: string, value: string) => {
        duty.node.attributes = duty.node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
        duty.node.attributes.push({ type: 'mdxJsxAttribute', name, value });
      };
      set('clause', duty.clause ?? '');
      set('ordinal', String(duty.ordinal));
      set('inClause', String(duty.inClause));
      set('block', String(duty.block));
    }
  };
}
