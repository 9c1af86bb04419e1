// "The province" in a question from a user whose province is known is that province: the question asks what it does.
import { describe, expect, it } from 'vitest';
import { ownProvinceAsked } from '../../retrieval/index.js';

describe('ownProvinceAsked', () => {
  it('reads the province itself as the user’s province', () => {
    for (const q of [
      'Tỉnh làm gì để hỗ trợ nạn nhân?',
      'ở trung tâm bảo trợ của tỉnh thì nạn nhân được giúp những gì',
      'tinh minh co chinh sach gi cho nan nhan',
      'Trên địa bàn tỉnh có nơi nào tiếp nhận nạn nhân?',
      // Where an official works: "bên mình", "ở đây", "địa phương mình".
      'báo cáo 6 tháng bên mình nộp trước ngày nào',
      'o day co trung tam nao tiep nhan nan nhan',
      'Địa phương mình hỗ trợ nạn nhân học nghề thế nào?',
    ])
      expect(ownProvinceAsked(q, 'soc-trang'), q).toBe('soc-trang');
  });

  it('does not read a body of the tier or a name ending in "tỉnh" as the province', () => {
    for (const q of [
      'Công an tỉnh hỗ trợ gì cho nạn nhân?',
      'Trung tâm Bảo trợ xã hội tỉnh ở đâu?',
      'UBND cấp tỉnh có trách nhiệm gì?',
      'Tỉnh ủy chỉ đạo thế nào?',
      'Nạn nhân ở các tỉnh được hỗ trợ gì?',
      'Nạn nhân được hỗ trợ những gì?',
    ])
      expect(ownProvinceAsked(q, 'soc-trang'), q).toBeNull();
  });

  it('names no province when the user’s is unknown', () => {
    expect(ownProvinceAsked('Tỉnh làm gì để hỗ trợ nạn nhân?', null)).toBeNull();
  });
});
