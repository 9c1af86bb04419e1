import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR } from '../../knowledge/load.js';
import { readUpdatesOf } from '../../knowledge/updates.js';
import { setup } from '../conversation/helpers.js';

const updates = readUpdatesOf(BUNDLED_KNOWLEDGE_DIR);

describe('the province selector (/tinh, buttons)', () => {
  it("offers today's names and stores the former province's slug", async () => {
    const t = setup({ deps: { updates: () => updates } });
    const [menu] = await t.conv.handle(t.citizen('/tinh'));
    const labels = menu.buttons!.flat().map((b) => b.label);
    expect(labels).toEqual(['Đà Nẵng (Quảng Nam cũ)', 'Gia Lai (Bình Định cũ)', 'Cần Thơ (Sóc Trăng cũ)', 'Đồng Nai']);
    expect(menu.buttons!.flat().map((b) => b.data)).toEqual([
      'province:quang-nam',
      'province:binh-dinh',
      'province:soc-trang',
      'province:dong-nai',
    ]);

    const [set] = await t.conv.handle(t.citizen('/tinh Đà Nẵng'));
    expect(set.text).toBe(
      'Đã chọn thành phố Đà Nẵng (gồm tỉnh Quảng Nam cũ). Mình sẽ ưu tiên văn bản và số điện thoại của tỉnh Quảng Nam, ban hành trước khi sáp nhập năm 2025.',
    );
    await t.conv.handle(t.citizen('Công an làm gì?'));
    expect(t.questions.at(-1)?.province).toBe('quang-nam');

    await t.conv.handle(t.citizen('/tinh can tho'));
    await t.conv.handle(t.citizen('Công an làm gì?'));
    expect(t.questions.at(-1)?.province).toBe('soc-trang');
    // The former names and slugs keep working.
    const [old] = await t.conv.handle(t.citizen('/tinh binh-dinh'));
    expect(old.text).toContain('gồm tỉnh Bình Định cũ');
    const [same] = await t.conv.handle(t.citizen('/tinh Đồng Nai'));
    expect(same.text).toBe('Đã chọn tỉnh Đồng Nai. Mình sẽ ưu tiên văn bản và số điện thoại của tỉnh này.');
  });

  it('an unknown name lists the choices by their names of today', async () => {
    const t = setup({ deps: { updates: () => updates } });
    const [r] = await t.conv.handle(t.citizen('/tinh Nghệ An'));
    expect(r.text).toBe(
      'Mình chưa có dữ liệu của tỉnh này. Hiện có: Đà Nẵng (Quảng Nam cũ), Gia Lai (Bình Định cũ), Cần Thơ (Sóc Trăng cũ), Đồng Nai.',
    );
    expect(r.buttons?.length).toBe(4);
  });
});
