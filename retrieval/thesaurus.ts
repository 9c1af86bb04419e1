// Everyday ↔ legal vocabulary of the anti-trafficking domain. People ask "ai trả tiền viện", the documents say
// "chi phí khám bệnh, chữa bệnh ... tự thanh toán": each entry maps the words of a chat to the words the plans and
// regulations use for the same idea. Written from the bundled documents' own terms (a test checks that every
// `legal` phrase occurs in them) and from how officials and citizens talk, never from evaluation questions.
// Lowercase, with diacritics; matching also accepts the same words typed without diacritics.

export interface ThesaurusEntry {
  /**
   * Chat wordings; a query containing one (as whole syllables) is expanded. A wording inside a longer one that is
   * also listed does not count, so an entry whose `legal` repeats its own wording only blocks the shorter ones.
   */
  everyday: string[];
  /** The documents' terms for the same idea, added to the query with a lower weight than the user's own words. */
  legal: string[];
}

export const THESAURUS: readonly ThesaurusEntry[] = [
  // Trafficking itself and its forms.
  {
    everyday: [
      'bị bán',
      'bị lừa bán',
      'lừa bán',
      'buôn người',
      'buôn bán người',
      'bán người',
      'bị buôn bán',
      'bắt cóc',
      'bị lừa sang',
      'bán qua biên giới',
    ],
    legal: ['mua bán người', 'bị mua bán', 'nạn nhân'],
  },
  {
    everyday: [
      'trung quốc',
      'campuchia',
      'lào',
      'thái lan',
      'malaysia',
      'đài loan',
      'hàn quốc',
      'bên kia biên giới',
      'sang bên kia',
      'nước ngoài',
    ],
    legal: ['ra nước ngoài', 'ở nước ngoài', 'biên giới'],
  },
  {
    everyday: ['bọn buôn người', 'kẻ buôn người', 'kẻ xấu', 'bọn xấu', 'đường dây', 'cò mồi', 'người môi giới'],
    legal: ['tội phạm mua bán người', 'đối tượng', 'môi giới', 'đường dây'],
  },
  // A foreign national, not "abroad": the documents tell one by nationality and by the Vietnamese they do not speak.
  {
    everyday: ['người nước ngoài', 'dân nước khác', 'người dân nước khác', 'người ngoại quốc', 'dân ngoại quốc', 'ngoại kiều'],
    legal: ['người nước ngoài', 'quốc tịch', 'không biết tiếng việt'],
  },
  // Where a foreign victim was trafficked: the documents say "bị mua bán tại Việt Nam".
  {
    everyday: ['ở việt nam', 'sang việt nam', 'qua việt nam', 'vào việt nam', 'bên mình', 'nước mình', 'ở nước ta'],
    legal: ['tại việt nam'],
  },
  { everyday: ['người bị bán', 'người bị hại', 'người bị lừa'], legal: ['nạn nhân', 'nạn nhân bị mua bán'] },
  {
    everyday: [
      'bắt làm việc',
      'bị bắt làm',
      'bị ép làm',
      'làm không công',
      'không trả lương',
      'làm nô lệ',
      'bóc lột sức lao động',
      'ép làm việc',
    ],
    legal: ['cưỡng bức lao động', 'lao động trái ý muốn'],
  },
  {
    everyday: ['làm gái', 'bán dâm', 'tiếp khách', 'ép bán dâm', 'mại dâm', 'quan hệ tình dục'],
    legal: ['bóc lột tình dục', 'ép buộc bán dâm', 'mại dâm'],
  },
  { everyday: ['lấy thận', 'bán thận', 'lấy nội tạng', 'bán nội tạng'], legal: ['lấy các bộ phận cơ thể', 'mua bán nội tạng'] },
  {
    everyday: ['ép lấy chồng', 'ép cưới', 'bán làm vợ', 'lấy chồng nước ngoài', 'lấy vợ nước ngoài', 'làm dâu', 'cô dâu'],
    legal: ['ép buộc làm vợ hoặc chồng', 'kết hôn', 'kết hôn với người nước ngoài', 'kết hôn với nước ngoài'],
  },
  { everyday: ['đẻ thuê', 'mang thai thuê', 'sinh con thuê', 'bán con'], legal: ['mang thai hộ', 'ép buộc đẻ con'] },
  {
    everyday: ['xuất khẩu lao động', 'đi làm nước ngoài', 'đi làm thuê', 'đi làm ăn xa', 'làm ăn xa', 'đi làm xa', 'đi làm ăn'],
    legal: ['đưa người lao động đi làm việc ở nước ngoài', 'đi lao động ở nước ngoài', 'di cư lao động'],
  },
  {
    everyday: ['việc nhẹ lương cao', 'lừa đi làm', 'bị lừa đi làm', 'hứa hẹn việc làm', 'lừa việc làm'],
    legal: ['lừa đảo việc làm', 'thủ đoạn', 'lừa gạt'],
  },
  { everyday: ['công ty', 'doanh nghiệp', 'cơ sở làm ăn'], legal: ['doanh nghiệp', 'tổ chức', 'cơ sở kinh doanh'] },

  // Getting out and coming back.
  { everyday: ['trốn về', 'chạy về', 'thoát về', 'tự về', 'trốn được', 'thoát được'], legal: ['tự trở về', 'trở về'] },
  {
    everyday: ['được cứu', 'cứu ra', 'giải thoát', 'cứu người', 'được giải thoát', 'cứu được', 'cứu về', 'cứu thoát'],
    legal: ['giải cứu', 'được giải cứu'],
  },
  { everyday: ['về quê', 'về nhà', 'về lại nhà', 'về địa phương', 'về làng'], legal: ['trở về nơi cư trú', 'nơi cư trú'] },
  {
    everyday: ['đưa về nước', 'trả về nước', 'gửi trả', 'trả người', 'về nước', 'trả về', 'bị trả về', 'được trả về', 'trả lại'],
    legal: ['trao trả', 'hồi hương', 'về nước'],
  },
  {
    everyday: ['đưa về nhà', 'đưa về quê', 'dẫn về nhà', 'đưa về tận nhà', 'người đưa về', 'đến đón về', 'ra đón về'],
    legal: ['bố trí người đưa về', 'đến nhận', 'trở về nơi cư trú'],
  },
  {
    everyday: ['con đi theo', 'con đi cùng', 'dẫn theo con', 'mang theo con', 'con đi kèm', 'con theo mẹ'],
    legal: ['người chưa thành niên đi cùng nạn nhân', 'người dưới 18 tuổi đi cùng'],
  },
  {
    everyday: [
      'trẻ con',
      'con nít',
      'đứa nhỏ',
      'đứa trẻ',
      'cháu nhỏ',
      'con nhỏ',
      'vị thành niên',
      'dưới 18 tuổi',
      'chưa đủ 18 tuổi',
      'chưa đủ tuổi',
      'bé',
      'con bé',
      'thằng bé',
      'cháu bé',
      'đứa bé',
      'em bé',
      'bé gái',
      'bé trai',
      'trẻ nhỏ',
      'tụi nhỏ',
      'bọn trẻ',
    ],
    legal: ['trẻ em', 'người chưa thành niên', 'người dưới 18 tuổi'],
  },
  {
    everyday: ['mồ côi', 'không có người thân', 'không còn ai', 'không nhà'],
    legal: ['không nơi nương tựa', 'không còn thân nhân', 'không có nơi cư trú'],
  },
  { everyday: ['con gái', 'chị em', 'đàn bà', 'phụ nữ'], legal: ['phụ nữ', 'trẻ em gái'] },
  {
    everyday: [
      'người nhà',
      'gia đình',
      'bố mẹ',
      'cha mẹ',
      'ba má',
      'ba mẹ',
      'tía má',
      'con cái',
      'trong nhà',
      'vợ con',
      'anh em',
      'họ hàng',
      'ông bà',
      'người thân',
    ],
    legal: ['người thân thích', 'thân nhân', 'gia đình'],
  },
  // The kinds of kin the documents list one by one under người thân thích.
  {
    everyday: [
      'bố mẹ chồng',
      'ba má chồng',
      'cha mẹ chồng',
      'bố mẹ vợ',
      'ba má vợ',
      'cha mẹ vợ',
      'bố chồng',
      'mẹ chồng',
      'bố vợ',
      'mẹ vợ',
      'nhà chồng',
      'nhà vợ',
      'bên chồng',
      'bên vợ',
    ],
    legal: ['cha mẹ bên vợ hoặc bên chồng', 'người thân thích'],
  },
  {
    everyday: ['anh chị em ruột', 'anh chị em', 'anh em ruột', 'chị em ruột', 'anh ruột', 'chị ruột', 'em ruột', 'anh chị'],
    legal: ['anh ruột, chị ruột, em ruột', 'người thân thích'],
  },
  {
    everyday: ['ông bà nội', 'ông bà ngoại', 'ông nội', 'bà nội', 'ông ngoại', 'bà ngoại', 'cháu nội', 'cháu ngoại'],
    legal: ['ông nội, bà nội, ông ngoại, bà ngoại', 'người thân thích'],
  },
  { everyday: ['cha dượng', 'bố dượng', 'mẹ ghẻ', 'dì ghẻ', 'con riêng'], legal: ['cha kế, mẹ kế', 'người thân thích'] },
  // The documents' own term: blocks `người thân` inside it.
  { everyday: ['người thân thích'], legal: ['người thân thích'] },
  { everyday: ['báo người nhà', 'báo gia đình', 'gọi người nhà', 'báo cho gia đình'], legal: ['thông báo cho người thân thích'] },
  { everyday: ['người dân tộc', 'bà con dân tộc', 'dân tộc'], legal: ['đồng bào dân tộc thiểu số', 'dân tộc thiểu số'] },
  {
    everyday: ['vùng núi', 'vùng cao', 'miền núi', 'vùng biên', 'sát biên giới', 'vùng xa', 'giáp biên', 'đường biên'],
    legal: ['vùng sâu, vùng xa', 'khu vực biên giới'],
  },
  { everyday: ['bà con', 'người dân', 'xóm', 'làng', 'hàng xóm'], legal: ['người dân', 'cộng đồng', 'nhân dân'] },

  // Reporting and getting help.
  {
    everyday: ['báo ai', 'báo ở đâu', 'báo công an', 'báo tin', 'đi báo', 'báo cho', 'trình bày', 'kể lại', 'tố cáo', 'báo chính quyền'],
    legal: ['tố giác', 'tin báo', 'trình báo', 'khai báo', 'tố cáo'],
  },
  // A person who comes in and tells of having been trafficked is, in the documents, one who comes to report
  // ("người đến trình báo", "tự đến trình báo", "khai báo về việc bị mua bán"), received under its own articles.
  {
    everyday: [
      'đến nói',
      'đến kể',
      'đến báo',
      'đến khai',
      'tới nói',
      'tới kể',
      'tới báo',
      'về nói',
      'về kể',
      'về báo',
      'tự khai',
      'khai mình',
      'nói mình',
      'kể mình',
      'báo mình',
      'khai bị',
      'kể bị',
      'báo bị',
    ],
    legal: ['người đến trình báo', 'tự đến trình báo', 'khai báo về việc bị mua bán', 'trình báo'],
  },
  {
    everyday: ['nghi ngờ', 'thấy lạ', 'đáng ngờ', 'có vẻ', 'thấy nghi', 'sinh nghi', 'nghi nghi'],
    legal: ['nghi ngờ', 'dấu hiệu', 'nghi là nạn nhân', 'có dấu hiệu'],
  },
  {
    everyday: ['số điện thoại', 'gọi số', 'gọi điện', 'hotline', 'đường dây nóng', 'số nào', 'số máy'],
    legal: ['tổng đài', 'tổng đài điện thoại', 'điện thoại'],
  },
  { everyday: ['gấp', 'khẩn', 'ngay lập tức', 'nguy cấp', 'cấp cứu'], legal: ['khẩn cấp', 'ngay'] },

  // Who: agencies in chat words.
  {
    everyday: ['ở xã', 'ra xã', 'lên xã', 'xã phải', 'cán bộ xã', 'ủy ban xã', 'chính quyền xã', 'phường', 'thị trấn'],
    legal: ['ủy ban nhân dân cấp xã', 'ủy ban nhân dân xã, phường, thị trấn', 'cấp xã'],
  },
  { everyday: ['lên huyện', 'ở huyện', 'dưới huyện'], legal: ['cấp huyện', 'ủy ban nhân dân cấp huyện'] },
  { everyday: ['lên tỉnh', 'ở tỉnh'], legal: ['cấp tỉnh', 'ủy ban nhân dân tỉnh'] },
  { everyday: ['cảnh sát', 'đồn công an', 'công an xã'], legal: ['cơ quan công an', 'công an cấp xã', 'công an cấp huyện'] },
  { everyday: ['công an huyện', 'công an quận'], legal: ['công an cấp huyện'] },
  {
    everyday: [
      'lính biên phòng',
      'bộ đội biên phòng',
      'bộ đội biên giới',
      'chú biên phòng',
      'lính biên giới',
      'lính gác biên giới',
      'bộ đội gác biên giới',
      'đồn biên giới',
      'anh bộ đội',
      'chú bộ đội',
      'bộ đội',
      'lính',
    ],
    legal: ['bộ đội biên phòng', 'đồn biên phòng'],
  },
  {
    everyday: ['đại sứ quán', 'lãnh sự quán', 'sứ quán', 'lãnh sự'],
    legal: ['cơ quan đại diện việt nam ở nước ngoài', 'cơ quan đại diện ngoại giao', 'cục lãnh sự'],
  },
  { everyday: ['ra tòa', 'hầu tòa', 'xử án', 'tòa xử'], legal: ['tòa án', 'xét xử', 'tham gia tố tụng'] },
  {
    everyday: [
      'hội phụ nữ',
      'phụ nữ xã',
      'hội chị em',
      'hội chị em phụ nữ',
      'chi hội phụ nữ',
      'bên hội phụ nữ',
      'hội phụ nữ xã',
      'hội liên hiệp',
    ],
    legal: ['hội liên hiệp phụ nữ'],
  },
  {
    everyday: [
      'sở lao động',
      'phòng lao động',
      'ngành lao động',
      'phòng lao động huyện',
      'thương binh xã hội',
      'lao động xã hội',
      'phòng xã hội',
      'bên xã hội',
    ],
    legal: ['lao động - thương binh và xã hội', 'phòng lao động - thương binh và xã hội'],
  },
  { everyday: ['trường học', 'thầy cô'], legal: ['cơ sở giáo dục', 'học sinh, sinh viên'] },
  {
    everyday: [
      'báo đài',
      'đài báo',
      'tivi',
      'ti vi',
      'loa phường',
      'loa xã',
      'loa đài',
      'truyền hình',
      'báo chí',
      'đài phát thanh',
      'đài truyền hình',
      'nhà đài',
      'báo mạng',
      'báo giấy',
      'các báo',
    ],
    legal: ['cơ quan thông tin đại chúng', 'phương tiện thông tin đại chúng', 'đài phát thanh', 'truyền thanh', 'cơ quan báo chí'],
  },
  {
    everyday: ['trên mạng', 'facebook', 'zalo', 'mạng xã hội', 'internet', 'lên mạng'],
    legal: ['mạng xã hội', 'internet', 'trang thông tin điện tử'],
  },
  {
    everyday: ['trung tâm', 'nhà tạm lánh', 'nhà lánh nạn', 'mái ấm', 'nhà mở', 'chỗ hỗ trợ', 'trại'],
    legal: ['cơ sở bảo trợ xã hội', 'cơ sở hỗ trợ nạn nhân', 'trung tâm bảo trợ xã hội', 'trung tâm công tác xã hội'],
  },
  {
    everyday: ['ai lo', 'ai giúp', 'ai làm', 'ai phụ trách', 'ai chịu trách nhiệm', 'cơ quan nào', 'đơn vị nào', 'ai tiếp nhận'],
    legal: ['trách nhiệm', 'chủ trì', 'có trách nhiệm'],
  },

  // What a victim gets: entitlements in chat words.
  {
    everyday: [
      'được gì',
      'được hưởng gì',
      'quyền lợi',
      'được giúp gì',
      'được cho gì',
      'được cho những gì',
      'được giúp',
      'được lo',
      'nhận được gì',
    ],
    legal: ['chế độ hỗ trợ', 'được hỗ trợ', 'được hưởng'],
  },
  { everyday: ['tiền'], legal: ['kinh phí', 'chi phí', 'mức chi', 'mức hỗ trợ', 'trợ cấp'] },
  // Amounts are stated per person, per day or per victim: `30.000 đồng/người/ngày`.
  {
    everyday: [
      'bao nhiêu tiền',
      'mấy tiền',
      'được bao nhiêu',
      'cho bao nhiêu',
      'mấy đồng',
      'bao nhiêu một',
      'mỗi ngày',
      'một ngày',
      'mỗi người',
      'một người',
    ],
    legal: ['mức chi', 'mức hỗ trợ', 'đồng/người', 'người/ngày'],
  },
  { everyday: ['được phát', 'phát cho', 'cấp cho', 'được nhận'], legal: ['được cấp'] },
  {
    everyday: [
      'tiền xe',
      'vé xe',
      'tiền đi đường',
      'lộ phí',
      'tiền tàu',
      'tiền vé',
      'mua vé',
      'vé tàu',
      'tiền về quê',
      'tiền về nhà',
      'tiền đi về',
      'tiền xe về',
      'đi xe về',
      'tiền xăng xe',
      'tiền ăn đường',
      'ăn dọc đường',
      'ăn trên đường',
      'dọc đường',
      'trên đường về',
    ],
    legal: ['tiền tàu xe', 'chi phí đi lại', 'tiền ăn trong thời gian đi đường'],
  },
  {
    everyday: [
      'tiền cơm',
      'ăn uống',
      'nuôi ăn',
      'cơm nước',
      'cho ăn',
      'ăn ở',
      'lo ăn ở',
      'lo cho ăn ở',
      'ăn mặc',
      'cơm ăn',
      'lo cơm',
      'ăn ngủ',
    ],
    legal: ['tiền ăn', 'nhu cầu thiết yếu', 'bố trí ăn, ở', 'chỗ ở tạm thời', 'ăn, mặc'],
  },
  {
    everyday: [
      'chỗ ở',
      'cho ở',
      'lo chỗ ở',
      'chỗ ngủ',
      'chỗ trọ',
      'ở nhờ',
      'nhà tạm',
      'chỗ ở tạm',
      'nơi ở tạm',
      'chỗ ngủ tạm',
      'chỗ ăn chỗ ngủ',
    ],
    legal: ['chỗ ở tạm thời', 'lưu trú', 'nơi lưu trú', 'tạm trú'],
  },
  {
    everyday: [
      'đồ dùng',
      'đồ đạc',
      'đồ cá nhân',
      'quần áo',
      'đồ dùng cá nhân',
      'đồ vệ sinh',
      'phát đồ',
      'cho đồ',
      'đồ gì',
      'bàn chải',
      'kem đánh răng',
      'xà bông',
      'dép',
    ],
    legal: ['vật dụng sinh hoạt cá nhân', 'vật dụng cá nhân thiết yếu', 'quần áo'],
  },
  {
    everyday: ['thuốc', 'tiền thuốc', 'khám bệnh', 'đi viện', 'bệnh viện', 'nằm viện', 'ốm', 'đau ốm', 'bị bệnh', 'chữa bệnh', 'sức khỏe'],
    legal: ['hỗ trợ y tế', 'cơ sở y tế', 'khám bệnh, chữa bệnh', 'chăm sóc y tế', 'tiền thuốc'],
  },
  { everyday: ['bảo hiểm', 'thẻ bảo hiểm'], legal: ['bảo hiểm y tế', 'thẻ bảo hiểm y tế'] },
  {
    everyday: ['ai trả', 'ai chi', 'ai chịu', 'ai lo tiền', 'trả tiền', 'tự trả', 'bỏ tiền'],
    legal: ['chi trả', 'thanh toán', 'tự thanh toán'],
  },
  {
    everyday: ['vay tiền', 'mượn tiền', 'tiền làm ăn', 'vay vốn', 'làm ăn', 'buôn bán nhỏ', 'vốn làm ăn', 'ngân hàng'],
    legal: ['vay vốn', 'sản xuất, kinh doanh', 'ngân hàng chính sách xã hội'],
  },
  { everyday: ['học nghề', 'đi học nghề', 'học việc', 'nghề'], legal: ['học nghề', 'đào tạo nghề', 'dạy nghề'] },
  {
    everyday: [
      'tiền học',
      'học phí',
      'sách vở',
      'đi học lại',
      'đi học',
      'học tiếp',
      'tiền đóng học',
      'đóng học',
      'tiền trường',
      'tiền sách',
      'mua sách',
      'bớt tiền học',
      'giảm tiền học',
      'miễn tiền học',
      'đến trường',
      'quay lại trường',
      'quay lại lớp',
      'trở lại trường',
      'trở lại lớp',
      'đi học trở lại',
      'nhập học',
      'giảm học phí',
      'bớt học phí',
      'giảm tiền trường',
      'vô trường',
      'vào trường',
      'đi học tiếp',
    ],
    legal: ['học phí', 'học văn hóa', 'sách giáo khoa', 'chi phí học tập', 'miễn giảm học phí', 'miễn học phí', 'đồ dùng học tập'],
  },
  {
    everyday: ['việc làm', 'kiếm việc', 'tìm việc', 'kiếm sống', 'có việc', 'công ăn việc làm'],
    legal: ['việc làm', 'giải quyết việc làm', 'tạo việc làm', 'tìm kiếm việc làm', 'hỗ trợ học nghề'],
  },
  { everyday: ['nhà nghèo', 'gia đình nghèo', 'nghèo'], legal: ['hộ nghèo', 'trợ cấp khó khăn ban đầu'] },
  {
    everyday: ['tiền trợ cấp', 'tiền hỗ trợ', 'trợ cấp', 'xin tiền'],
    legal: ['trợ cấp khó khăn ban đầu', 'chế độ hỗ trợ', 'kinh phí hỗ trợ'],
  },
  {
    everyday: ['sốc', 'hoảng sợ', 'hoảng loạn', 'tinh thần', 'trầm cảm', 'ám ảnh', 'buồn', 'sợ hãi'],
    legal: ['hỗ trợ tâm lý', 'tư vấn tâm lý', 'ổn định tâm lý', 'sang chấn tâm lý'],
  },
  { everyday: ['chôn cất', 'đám ma', 'chết', 'qua đời', 'tử vong'], legal: ['mai táng', 'chết'] },
  {
    everyday: ['luật sư', 'kiện', 'đi kiện', 'đòi bồi thường', 'đền bù', 'tư vấn luật'],
    legal: ['trợ giúp pháp lý', 'bồi thường thiệt hại', 'tư vấn pháp luật'],
  },
  {
    everyday: ['hòa nhập', 'sống lại bình thường', 'trở lại cuộc sống', 'ổn định cuộc sống', 'làm lại cuộc đời', 'làm lại cuộc sống'],
    legal: ['hòa nhập cộng đồng', 'ổn định cuộc sống', 'tái hòa nhập cộng đồng'],
  },
  {
    everyday: ['xa lánh', 'dè bỉu', 'coi thường', 'bàn tán', 'miệt thị', 'kỳ thị', 'xấu hổ'],
    legal: ['kỳ thị, phân biệt đối xử', 'xa lánh kỳ thị', 'mặc cảm'],
  },

  // Papers and steps.
  {
    everyday: ['giấy tờ', 'giấy má', 'làm giấy', 'xin giấy', 'thủ tục', 'cần những gì'],
    legal: ['hồ sơ', 'giấy tờ, tài liệu', 'đơn đề nghị', 'thủ tục'],
  },
  { everyday: ['viết đơn', 'làm đơn', 'nộp đơn'], legal: ['đơn đề nghị', 'văn bản đề nghị', 'làm đơn'] },
  {
    everyday: [
      'còn thiếu',
      'thiếu giấy tờ',
      'thiếu hồ sơ',
      'chưa đủ giấy tờ',
      'chưa đủ hồ sơ',
      'sai giấy tờ',
      'bổ sung giấy tờ',
      'nộp thiếu',
    ],
    legal: ['hồ sơ chưa hợp lệ', 'hoàn thiện hồ sơ', 'hồ sơ không hợp lệ'],
  },
  {
    everyday: ['báo lại', 'báo cho biết', 'trả lời lại', 'phản hồi'],
    legal: ['thông báo', 'thông báo bằng văn bản', 'trả lời bằng văn bản'],
  },
  { everyday: ['nộp', 'nộp ở đâu', 'gửi ở đâu', 'nộp cho ai'], legal: ['bộ hồ sơ', 'tiếp nhận, xử lý hồ sơ'] },
  {
    everyday: ['giấy chứng nhận', 'giấy công nhận', 'giấy xác nhận', 'công nhận là nạn nhân', 'chứng nhận'],
    legal: ['giấy xác nhận nạn nhân', 'giấy tờ, tài liệu chứng nhận nạn nhân', 'giấy chứng nhận'],
  },
  {
    everyday: [
      'hộ chiếu',
      'mất giấy tờ',
      'mất hết giấy tờ',
      'không có giấy tờ',
      'không còn giấy tờ',
      'bị giữ giấy tờ',
      'bị giữ hộ chiếu',
      'giấy thông hành',
      'mất hộ chiếu',
      'giữ mất hộ chiếu',
      'lấy mất hộ chiếu',
      'bị lấy hộ chiếu',
      'không có hộ chiếu',
      'bị thu hộ chiếu',
      'bị giữ giấy',
    ],
    legal: ['giấy tờ xuất nhập cảnh', 'giấy tờ xuất nhập cảnh hợp lệ', 'giấy thông hành'],
  },
  {
    everyday: ['phòng xuất nhập cảnh', 'công an xuất nhập cảnh', 'bên xuất nhập cảnh', 'chỗ làm hộ chiếu', 'làm hộ chiếu'],
    legal: ['cơ quan quản lý xuất nhập cảnh', 'cục quản lý xuất nhập cảnh'],
  },
  {
    everyday: [
      'giấy về nước',
      'giấy cho về nước',
      'giấy chứng nhận về',
      'giấy xác nhận về nước',
      'giấy xác nhận đã về',
      'giấy báo đã về',
      'giấy ở cửa khẩu',
      'giấy phát ở cửa khẩu',
      'giấy ở sân bay',
    ],
    legal: ['giấy chứng nhận về nước'],
  },
  { everyday: ['chứng minh thư', 'căn cước', 'cmnd', 'cccd'], legal: ['giấy tờ tùy thân', 'căn cước'] },
  { everyday: ['hộ khẩu', 'khai sinh', 'giấy khai sinh', 'nhập khẩu'], legal: ['hộ khẩu, hộ tịch', 'đăng ký hộ khẩu'] },
  {
    everyday: ['chụp hình', 'tấm ảnh', 'ảnh thẻ', 'hình thẻ', 'tấm hình', 'bức ảnh', 'bức hình', 'cỡ ảnh', 'cỡ hình', 'khổ ảnh', 'hình cỡ'],
    legal: ['ảnh', 'chụp ảnh', 'ảnh cỡ'],
  },
  { everyday: ['visa', 'xin visa', 'làm visa', 'cấp visa'], legal: ['thị thực', 'thị thực xuất cảnh'] },
  {
    everyday: ['điền', 'điền đơn', 'điền giấy', 'điền tờ khai', 'điền thông tin', 'khai thông tin', 'khai lý lịch'],
    legal: ['tờ khai', 'kê khai'],
  },
  {
    everyday: ['lệ phí', 'đóng tiền', 'mất tiền', 'tốn tiền', 'mất phí', 'tốn phí', 'đóng phí'],
    legal: ['lệ phí', 'miễn thu lệ phí', 'chi phí'],
  },

  // Recognition and checking.
  {
    everyday: [
      'công nhận',
      'được coi là',
      'tính là',
      'coi là',
      'có phải là nạn nhân',
      'coi là bị bán',
      'tính là bị bán',
      'coi là nạn nhân',
      'tính là nạn nhân',
      'bị bán thiệt',
      'bị bán thật',
      'có bị bán thật',
      'có thật bị bán',
    ],
    legal: ['xác định nạn nhân', 'căn cứ để xác định nạn nhân', 'xác nhận'],
  },
  {
    everyday: [
      'kiểm tra',
      'điều tra',
      'làm rõ',
      'tìm hiểu',
      'kiểm tra lại',
      'check',
      'check lại',
      'xem lại',
      'coi lại',
      'rà lại',
      'có thật không',
      'thật hay giả',
      'có đúng là',
    ],
    legal: ['xác minh', 'kiểm tra'],
  },
  { everyday: ['bằng chứng', 'chứng cứ', 'chứng minh'], legal: ['tài liệu, chứng cứ', 'căn cứ', 'chứng minh'] },

  // Safety and secrecy.
  {
    everyday: [
      'trả thù',
      'dọa',
      'bị dọa',
      'dọa giết',
      'bị đánh',
      'bị đe dọa',
      'nguy hiểm',
      'không an toàn',
      'sợ',
      'dọa nạt',
      'hăm dọa',
      'dọa dẫm',
      'dọa đánh',
      'đòi giết',
      'dọa trả thù',
      'bị trả thù',
      'trả đũa',
      'khủng bố tinh thần',
    ],
    legal: ['đe dọa xâm hại', 'bị xâm hại', 'biện pháp bảo vệ', 'bảo vệ an toàn', 'đe dọa', 'trả thù'],
  },
  {
    everyday: [
      'chỗ trốn',
      'nơi an toàn',
      'chỗ an toàn',
      'lánh nạn',
      'đi lánh',
      'lánh đi',
      'đi trốn',
      'trốn tạm',
      'tạm lánh',
      'đưa đi chỗ khác',
      'đi chỗ khác ở',
      'ở chỗ khác',
      'lánh mặt',
      'trốn đi chỗ khác',
      'gửi đi nơi khác',
      'lánh tạm',
    ],
    legal: ['nơi tạm lánh', 'bảo vệ an toàn'],
  },
  {
    everyday: ['chỗ ở mới', 'nơi ở mới', 'nhà mới', 'chuyển chỗ ở', 'đổi chỗ ở', 'chuyển nhà', 'dọn nhà', 'chỗ làm mới', 'trường mới'],
    legal: ['nơi ở, nơi làm việc, học tập mới', 'bố trí nơi ở'],
  },
  {
    everyday: ['cất giữ', 'lưu giữ hồ sơ', 'giữ hồ sơ', 'cất hồ sơ', 'giữ kín hồ sơ', 'cất kỹ', 'cất kín', 'giữ kỹ giấy tờ'],
    legal: ['lưu trữ', 'chế độ tài liệu mật'],
  },
  {
    everyday: ['giữ kín', 'bí mật', 'không cho ai biết', 'lộ thông tin'],
    legal: ['giữ bí mật', 'tiết lộ thông tin', 'bí mật thông tin về nạn nhân'],
  },
  {
    everyday: [
      'xử kín',
      'không công khai',
      'xử riêng',
      'xét xử riêng',
      'xử không công khai',
      'không cho người ngoài',
      'người ngoài nghe',
      'người ngoài vào',
      'không cho ai vào',
      'đóng cửa xử',
      'xử đóng cửa',
      'xử kín cửa',
      'người ngoài vô',
      'không cho ai vô',
      'cho người ngoài vô',
      'vô coi xử',
    ],
    legal: ['xét xử kín'],
  },

  // Sanctions.
  {
    everyday: ['bị phạt', 'đi tù', 'bị bắt', 'phạt tù', 'xử sao', 'bị xử lý', 'xử phạt', 'tội gì'],
    legal: ['xử lý vi phạm', 'truy cứu trách nhiệm hình sự', 'xử lý hành chính'],
  },
  { everyday: ['khai gian', 'khai man', 'giả làm nạn nhân', 'mạo nhận', 'nhận vơ', 'giả làm'], legal: ['giả mạo là nạn nhân', 'giả mạo'] },
  { everyday: ['cấm', 'không được làm', 'bị cấm'], legal: ['nghiêm cấm', 'các hành vi bị nghiêm cấm'] },

  // Support facilities.
  {
    everyday: ['mở trung tâm', 'mở cơ sở', 'mở chỗ', 'mở một chỗ', 'lập chỗ', 'mở nhà tạm lánh', 'lập cơ sở', 'mở nhà', 'tư nhân'],
    legal: ['thành lập cơ sở hỗ trợ nạn nhân', 'giấy phép thành lập'],
  },
  { everyday: ['xin phép', 'giấy phép', 'cấp phép'], legal: ['giấy phép thành lập', 'cấp giấy phép'] },
  { everyday: ['nhân sự', 'người làm việc'], legal: ['nhân viên'] },

  // Time.
  {
    everyday: [
      'bao lâu',
      'mấy ngày',
      'mấy hôm',
      'bao nhiêu ngày',
      'mất bao lâu',
      'bao nhiêu lâu',
      'mấy tháng',
      'hạn chót',
      'chậm nhất',
      'trong vòng',
      'khi nào',
    ],
    legal: ['thời hạn', 'trong thời hạn', 'ngày làm việc', 'kể từ ngày'],
  },
  {
    everyday: ['bao lâu một lần', 'bao lâu 1 lần', 'mấy lần', 'thường xuyên', 'hằng năm', 'cuối năm', 'mỗi năm'],
    legal: ['định kỳ', 'hằng năm', 'hàng năm'],
  },

  // Officials' daily work.
  {
    everyday: ['tiền đâu', 'tiền ở đâu', 'lấy tiền', 'nguồn tiền', 'ai cấp tiền', 'tiền làm'],
    legal: ['kinh phí thực hiện', 'nguồn kinh phí', 'ngân sách', 'dự toán'],
  },
  {
    everyday: [
      'nói cho dân biết',
      'cho dân biết',
      'cho bà con biết',
      'nói cho dân nghe',
      'nói cho bà con nghe',
      'phổ biến',
      'tuyên truyền',
      'vận động',
      'nhắc nhở',
    ],
    legal: ['tuyên truyền', 'truyền thông', 'phổ biến', 'nâng cao nhận thức'],
  },
  { everyday: ['theo dõi', 'trông coi', 'quản lý chặt'], legal: ['giám sát', 'kiểm tra', 'quản lý'] },
  {
    everyday: ['danh sách', 'lập danh sách', 'ghi tên', 'thống kê'],
    legal: ['lập danh sách', 'danh sách', 'thống kê', 'rà soát', 'lên danh số'],
  },
  {
    everyday: ['đi vắng', 'bỏ đi', 'mất tích', 'đi khỏi', 'biệt tăm', 'không rõ tung tích'],
    legal: ['vắng mặt', 'đi khỏi địa phương', 'không rõ tung tích', 'mất tích'],
  },
  { everyday: ['số liệu', 'báo lên', 'gửi báo cáo'], legal: ['báo cáo', 'thống kê số liệu', 'tổng hợp'] },
  {
    everyday: ['ghi sổ', 'vô sổ', 'sổ sách', 'ghi chép lại', 'đếm số', 'đếm xem', 'đếm coi', 'đếm số người'],
    legal: ['thống kê số liệu', 'thống kê', 'tổng hợp thông tin'],
  },
  // What bringing a person home from abroad costs.
  {
    everyday: ['tiền đưa về', 'tiền đưa họ về', 'tiền chở về', 'tiền đưa người về', 'tốn tiền đưa về', 'tiền cho về nước'],
    legal: ['chi phí về nước', 'chi phí đi lại'],
  },
  { everyday: ['lớp học', 'tập huấn', 'đào tạo'], legal: ['tập huấn', 'bồi dưỡng', 'nâng cao năng lực'] },
  { everyday: ['bồi dưỡng', 'thù lao', 'trả công', 'phụ cấp'], legal: ['mức chi', 'thù lao', 'chi hỗ trợ'] },
  // Reception and hand-over: who meets a returning victim and where.
  {
    everyday: [
      'ra đón',
      'đi đón',
      'ai đón',
      'đón về',
      'nhận về',
      'nhận người',
      'giao người',
      'giao lại',
      'giao lại cho',
      'giao mình cho',
      'giao người cho',
      'giao nạn nhân cho',
      'giao con cho',
      'giao về cho',
      'giao về xã',
      'chuyển cho',
      'chuyển sang',
      'đưa sang',
    ],
    legal: ['tiếp nhận', 'bàn giao', 'chuyển giao', 'tiếp nhận nạn nhân'],
  },
  {
    everyday: ['đường bộ', 'qua biên giới', 'đi bộ qua', 'chốt biên phòng', 'trạm biên phòng'],
    legal: ['cửa khẩu', 'cửa khẩu đường bộ', 'đồn biên phòng', 'bộ đội biên phòng'],
  },
  { everyday: ['máy bay', 'sân bay', 'đường hàng không', 'bay về'], legal: ['sân bay', 'hàng không', 'cửa khẩu'] },
  {
    everyday: ['tàu thuyền', 'ngoài biển', 'trên biển', 'đường biển', 'bến cảng', 'tàu cá', 'ghe', 'ra biển', 'ngoài khơi'],
    legal: ['cảnh sát biển', 'trên biển', 'cảng biển', 'vùng biển', 'biển và hải đảo'],
  },
  { everyday: ['đi tuần', 'canh gác', 'chốt chặn', 'canh chừng'], legal: ['tuần tra', 'kiểm soát'] },
  {
    everyday: [
      'bắt bọn',
      'truy bắt',
      'bắt giữ',
      'phá đường dây',
      'phá án',
      'bắt kẻ',
      'phá ổ',
      'phá mấy ổ',
      'dẹp ổ',
      'ổ buôn người',
      'dẹp đường dây',
    ],
    legal: ['đấu tranh', 'ngăn chặn', 'triệt phá', 'nghiệp vụ', 'điều tra', 'bóc gỡ, triệt phá'],
  },
  {
    everyday: ['lấy lời khai', 'hỏi chuyện', 'lấy thông tin', 'ghi lời', 'hỏi han'],
    legal: ['lời khai', 'lấy lời khai', 'biên bản', 'xác minh'],
  },
  { everyday: ['người dịch', 'không biết tiếng', 'không rành tiếng', 'thông dịch', 'dịch giùm'], legal: ['phiên dịch'] },
  { everyday: ['dân nước nào', 'người nước nào', 'người nước khác'], legal: ['quốc tịch', 'người nước ngoài'] },
  {
    everyday: ['đợi về nước', 'chờ được về', 'đợi được về', 'trong lúc chờ'],
    legal: ['thời gian chờ', 'chờ thu xếp', 'thu xếp về nước'],
  },
  {
    everyday: ['ở bao lâu', 'được ở', 'ở lại', 'ở trong trung tâm', 'ở trung tâm', 'ở tạm'],
    legal: ['thời gian lưu trú', 'lưu trú', 'trú tại cơ sở'],
  },

  // Checking identity and a victim's own account.
  {
    everyday: [
      'chưa chắc là nạn nhân',
      'chưa xác định được',
      'chưa có giấy xác nhận',
      'đang chờ xác minh',
      'chờ xác minh',
      'tự nhận là',
      'chưa được công nhận',
      'chưa được xác nhận',
      'chưa công nhận',
      'chưa xác nhận',
      'chờ xác định',
      'đang chờ xác định',
      'đang được xác minh',
    ],
    legal: ['người khai là nạn nhân', 'thời gian chờ xác minh', 'chưa đủ căn cứ', 'người đang trong quá trình xác định là nạn nhân'],
  },
  { everyday: ['người việt', 'người việt nam', 'dân việt nam', 'quốc tịch việt nam'], legal: ['công dân việt nam'] },
  {
    everyday: ['dựa vào đâu', 'căn cứ vào đâu', 'căn cứ gì', 'làm sao biết', 'sao biết', 'dấu hiệu gì', 'nhận biết'],
    legal: ['căn cứ để xác định nạn nhân', 'căn cứ', 'dấu hiệu'],
  },
  { everyday: ['lý lịch', 'tên tuổi', 'quê ở đâu'], legal: ['nhân thân', 'quê quán', 'thường trú'] },
  {
    everyday: ['ưng thuận', 'bằng lòng', 'không muốn', 'không chịu', 'muốn gì', 'mong muốn'],
    legal: ['nguyện vọng', 'tự nguyện', 'đồng ý', 'từ chối'],
  },

  // Protection in time: when it starts and ends.
  {
    everyday: ['thôi không', 'thôi bảo vệ', 'dừng bảo vệ', 'ngừng bảo vệ', 'hết bảo vệ', 'bỏ bảo vệ', 'thôi không bảo vệ', 'không cần nữa'],
    legal: ['chấm dứt', 'hủy bỏ', 'chấm dứt áp dụng biện pháp bảo vệ'],
  },
  { everyday: ['an toàn không', 'có an toàn', 'mức độ nguy hiểm', 'xem xét an toàn'], legal: ['đánh giá', 'mức độ an toàn'] },
  {
    everyday: [
      'xin bảo vệ',
      'xin công an bảo vệ',
      'nhờ công an bảo vệ',
      'công an bảo vệ',
      'nhờ bảo vệ',
      'đòi bảo vệ',
      'muốn được bảo vệ',
      'cần bảo vệ',
      'được bảo vệ không',
    ],
    legal: ['đề nghị áp dụng biện pháp bảo vệ', 'biện pháp bảo vệ'],
  },
  {
    everyday: [
      'hết nguy hiểm',
      'không còn nguy hiểm',
      'hết bị dọa',
      'không còn bị dọa',
      'không còn ai dọa',
      'không ai dọa nữa',
      'hết ai dọa',
    ],
    legal: ['không còn bị xâm hại'],
  },
  {
    everyday: ['mạng sống', 'bị giết', 'bôi nhọ', 'xúc phạm', 'làm nhục'],
    legal: ['tính mạng, sức khỏe, danh dự, nhân phẩm', 'danh dự, nhân phẩm', 'xâm hại'],
  },
  { everyday: ['của cải', 'ruộng vườn', 'bị lấy mất đồ'], legal: ['tài sản'] },

  // Publicity and privacy.
  {
    everyday: ['nhà báo', 'phóng viên', 'viết bài', 'lên báo', 'đăng báo', 'đưa lên báo'],
    legal: ['cơ quan thông tin đại chúng', 'cơ quan báo chí', 'đưa tin', 'thông báo trên báo'],
  },
  // How many issues of a paper carry a notice: the documents count "số" (issues) in a row.
  {
    everyday: ['mấy kỳ', 'mấy số báo', 'mấy kỳ báo', 'bao nhiêu kỳ', 'mấy số liền', 'mấy kỳ liền', 'đăng mấy lần', 'đăng liền'],
    legal: ['số liên tục'],
  },
  {
    everyday: ['nêu tên', 'lộ tên', 'đăng tên', 'công khai tên', 'đăng ảnh', 'đăng hình', 'lộ mặt', 'để lộ tên', 'để lộ thông tin'],
    legal: ['tiết lộ thông tin', 'giữ bí mật', 'bí mật thông tin về nạn nhân'],
  },

  // Businesses that traffickers use as cover.
  {
    everyday: ['quán karaoke', 'quán bar', 'nhà nghỉ', 'khách sạn', 'quán massage', 'tiệm massage', 'quán nhậu', 'cơ sở giải trí'],
    legal: ['kinh doanh, dịch vụ', 'cơ sở kinh doanh', 'cơ sở lưu trú'],
  },
  {
    everyday: ['dễ bị lừa', 'dễ bị bán', 'dễ bị dụ', 'nhóm nguy cơ', 'hay bị nhắm', 'dễ gặp'],
    legal: ['có nguy cơ', 'nguy cơ cao', 'đối tượng'],
  },
  {
    everyday: ['phòng tránh', 'đề phòng', 'cảnh giác', 'tránh bị lừa', 'tránh bị bán', 'khuyên', 'dặn dò', 'cách phòng'],
    legal: ['phòng ngừa', 'tư vấn', 'kỹ năng', 'nâng cao nhận thức'],
  },

  // Law and legality.
  {
    everyday: ['phạm luật', 'vi phạm luật', 'trái luật', 'phạm pháp', 'sai luật', 'có tội không', 'trái pháp luật'],
    legal: ['vi phạm pháp luật', 'nghiêm cấm', 'hành vi vi phạm'],
  },
  {
    everyday: ['còn hiệu lực', 'bắt đầu áp dụng', 'còn dùng được', 'từ bao giờ'],
    legal: ['hiệu lực thi hành', 'có hiệu lực'],
  },
  { everyday: ['quyền gì', 'nghĩa vụ gì', 'bổn phận'], legal: ['quyền và nghĩa vụ'] },
  // "Xã có quyền …" asks whether an authority may act: the documents say thẩm quyền.
  { everyday: ['có quyền', 'được quyền', 'ra lệnh', 'quyền quyết định'], legal: ['thẩm quyền', 'có thẩm quyền'] },
  {
    everyday: ['miễn phí', 'không mất tiền', 'không tốn tiền', 'không phải trả', 'không lấy tiền', 'không thu tiền', 'không tính tiền'],
    legal: ['miễn', 'miễn thu lệ phí', 'trợ giúp pháp lý'],
  },
  { everyday: ['đòi lại', 'đòi tiền', 'lấy lại', 'bắt đền'], legal: ['bồi thường', 'thiệt hại', 'hoàn trả'] },

  // Licences of support facilities, beyond opening one.
  {
    everyday: [
      'rút giấy phép',
      'tước giấy phép',
      'bắt đóng cửa',
      'đóng cửa trung tâm',
      'đóng cửa cơ sở',
      'cho đóng cửa',
      'tạm đóng cửa',
      'dẹp',
      'bắt nghỉ',
      'cho nghỉ',
      'ngừng hoạt động',
      'không cho hoạt động',
    ],
    legal: ['thu hồi giấy phép', 'đình chỉ hoạt động', 'chấm dứt hoạt động'],
  },
  { everyday: ['hết hạn', 'kéo dài', 'xin thêm', 'thêm thời gian'], legal: ['gia hạn'] },
  { everyday: ['làm lại giấy phép', 'mất giấy phép', 'hỏng giấy phép', 'xin lại'], legal: ['cấp lại'] },
  { everyday: ['sửa giấy phép', 'thay đổi nội dung', 'đổi tên', 'đổi địa chỉ'], legal: ['sửa đổi, bổ sung'] },
  {
    everyday: ['duyệt', 'xét duyệt', 'phê duyệt', 'xem xét hồ sơ', 'chấm hồ sơ', 'trả lời kết quả'],
    legal: ['thẩm định', 'quyết định cấp', 'trả lời'],
  },
  { everyday: ['phòng ở', 'rộng bao nhiêu', 'mét vuông', 'chật'], legal: ['diện tích', 'm2'] },
  {
    everyday: [
      'người làm',
      'cán bộ làm',
      'người chăm',
      'bao nhiêu người làm',
      'mấy người làm',
      'thuê người',
      'tuyển người',
      'nhân công',
      'người phục vụ',
      'người trông',
    ],
    legal: ['nhân viên'],
  },

  // Money paperwork of officials.
  { everyday: ['hóa đơn', 'thanh toán lại', 'hoàn tiền', 'xin lại tiền'], legal: ['quyết toán', 'chứng từ', 'thanh toán'] },

  // Plans: targets and reviews.
  {
    everyday: ['phần trăm', 'tỷ lệ', 'đạt bao nhiêu', 'phải đạt'],
    legal: ['chỉ tiêu', 'phấn đấu', 'mục tiêu'],
  },
  { everyday: ['họp', 'cuộc họp', 'rút kinh nghiệm', 'đánh giá lại'], legal: ['sơ kết', 'tổng kết', 'đánh giá'] },
  {
    everyday: [
      'chốt sổ',
      'chốt số liệu',
      'tổng kết cuối năm',
      'tổng kết năm',
      'báo cáo cuối năm',
      'báo cáo năm',
      'gửi số liệu',
      'nộp báo cáo',
      'báo cáo mấy lần',
      'mấy tháng một lần',
      'mấy tháng 1 lần',
      'một năm mấy lần',
      '1 năm mấy lần',
    ],
    legal: ['sơ kết', 'tổng kết', 'báo cáo định kỳ'],
  },

  // Where a returning victim lives afterwards.
  {
    everyday: ['sống ở địa phương', 'về sống', 'ở địa phương', 'về ở', 'định cư'],
    legal: ['cư trú', 'nơi cư trú', 'tái hòa nhập', 'hòa nhập cộng đồng'],
  },
  { everyday: ['người lớn đi cùng', 'người lớn đi kèm', 'người trông nom'], legal: ['người đại diện hợp pháp', 'người giám hộ'] },
  { everyday: ['giám hộ', 'đỡ đầu', 'đứng ra lo', 'đứng ra'], legal: ['người giám hộ', 'cử người giám hộ', 'người đại diện hợp pháp'] },
  {
    everyday: ['kẹt ở nước ngoài', 'còn ở nước ngoài', 'đang ở nước ngoài', 'còn kẹt', 'mắc kẹt', 'ở bên đó'],
    legal: ['đang ở nước ngoài', 'ở nước ngoài'],
  },
  { everyday: ['mở cửa', 'khai trương', 'bắt đầu làm', 'đi vào hoạt động'], legal: ['bắt đầu hoạt động', 'ngày bắt đầu hoạt động'] },
  { everyday: ['cách sống', 'dạy cách sống', 'kỹ năng', 'dạy kỹ năng'], legal: ['kỹ năng sống', 'giáo dục kỹ năng sống'] },
  { everyday: ['chọn nghề', 'định hướng nghề', 'hướng nghề', 'tư vấn nghề'], legal: ['hướng nghiệp', 'tư vấn học nghề'] },
  { everyday: ['xét nghiệm', 'có thai', 'có bầu', 'bị thương'], legal: ['khám sức khỏe', 'y tế', 'chăm sóc'] },
  { everyday: ['an ủi', 'nói chuyện cho', 'tâm sự', 'chia sẻ'], legal: ['tư vấn tâm lý', 'tham vấn', 'động viên'] },
  // Forms of exploitation the documents list one by one (căn cứ xác định nạn nhân).
  {
    everyday: ['ăn mày', 'bắt đi xin', 'ép đi xin', 'đi ăn mày'],
    legal: ['ép buộc đi ăn xin'],
  },
  {
    everyday: [
      'phim sex',
      'quay phim sex',
      'phim đồi trụy',
      'clip nóng',
      'ảnh nóng',
      'ảnh khỏa thân',
      'chụp ảnh khỏa thân',
      'khỏa thân',
      'thoát y',
      'múa thoát y',
      'phim người lớn',
      'livestream khiêu dâm',
      'chat sex',
    ],
    legal: ['khiêu dâm', 'đồi trụy', 'bóc lột tình dục'],
  },
  {
    everyday: [
      'ép phạm tội',
      'bắt đi trộm',
      'bắt đi cướp',
      'bắt chở ma túy',
      'vận chuyển ma túy',
      'bắt làm lừa đảo',
      'ép lừa đảo',
      'lừa đảo online',
      'lừa đảo qua mạng',
      'bắt đi lừa người',
    ],
    legal: ['ép buộc thực hiện hành vi vi phạm pháp luật'],
  },
  {
    everyday: ['ép đẻ', 'bắt đẻ', 'bắt sinh con', 'ép sinh con', 'đẻ mướn', 'đẻ cho nhà chồng'],
    legal: ['ép buộc đẻ con trái ý muốn', 'mang thai hộ'],
  },
  {
    everyday: ['bị nhốt', 'nhốt lại', 'bị giam', 'giam lỏng', 'bị giữ lại', 'bị canh giữ', 'bị quản thúc'],
    legal: ['giam giữ', 'bị lệ thuộc', 'lao động trái ý muốn'],
  },
  {
    everyday: [
      'đưa người qua',
      'dẫn người qua',
      'dắt người qua',
      'dắt người',
      'dắt mối',
      'chứa người',
      'giấu người',
      'tuyển người đi',
      'gom người',
    ],
    legal: ['tuyển mộ, vận chuyển, chứa chấp', 'chuyển giao hoặc tiếp nhận người'],
  },
  {
    everyday: ['chủ chứa', 'tú bà', 'má mì', 'trùm', 'kẻ cầm đầu', 'tụi buôn người', 'người cầm đầu'],
    legal: ['đối tượng', 'chứa chấp', 'tổ chức hoạt động mua bán người'],
  },
  {
    everyday: [
      'rủ rê',
      'lôi kéo',
      'dụ đi',
      'bị dụ',
      'lừa tình',
      'quen qua mạng',
      'quen trên mạng',
      'hứa hẹn',
      'hứa cho',
      'chiêu lừa',
      'mấy chiêu',
      'chiêu trò',
      'trò lừa',
      'mánh khóe',
      'mánh lới',
    ],
    legal: ['dụ dỗ, lừa gạt', 'âm mưu, thủ đoạn', 'thủ đoạn'],
  },
  // The kinds of trafficking people are warned about, as the plans' communication tasks name them.
  {
    everyday: ['hình thức mua bán người', 'kiểu mua bán người', 'dạng mua bán người'],
    legal: ['âm mưu, thủ đoạn', 'phương thức thủ đoạn', 'thủ đoạn của tội phạm mua bán người'],
  },
  {
    everyday: ['vượt biên', 'đi chui', 'đi lậu', 'đi đường mòn', 'lối mở', 'trốn qua biên giới', 'qua biên giới trái phép'],
    legal: ['xuất cảnh trái phép', 'khu vực biên giới'],
  },
  {
    everyday: [
      'môi giới hôn nhân',
      'môi giới cưới',
      'mai mối',
      'làm mai',
      'làm mối',
      'se duyên',
      'lấy chồng ngoại',
      'cưới chồng ngoại',
      'chồng ngoại',
      'cưới vợ ngoại',
      'dịch vụ cưới',
      'lấy chồng tây',
      'lấy chồng đài loan',
      'lấy chồng hàn',
      'lấy chồng trung quốc',
      'gả con sang',
      'gả sang',
      'văn phòng mai mối',
      'dịch vụ mai mối',
      'công ty mai mối',
      'môi giới lấy chồng',
      'môi giới lấy vợ',
    ],
    legal: ['hỗ trợ kết hôn', 'kết hôn với người nước ngoài', 'kết hôn, cho nhận con nuôi có yếu tố nước ngoài'],
  },
  {
    everyday: [
      'xin con nuôi',
      'nuôi con nuôi',
      'cho người ta nuôi',
      'đem con cho',
      'cho con đi',
      'dịch vụ con nuôi',
      'nhận con nuôi',
      'cho con nuôi',
    ],
    legal: ['cho, nhận con nuôi', 'con nuôi'],
  },
  {
    everyday: [
      'công ty xuất khẩu',
      'cò xuất khẩu lao động',
      'chỗ tuyển lao động',
      'trung tâm việc làm',
      'đưa người đi làm',
      'tuyển lao động đi',
    ],
    legal: ['tổ chức đưa người lao động đi làm việc ở nước ngoài', 'giới thiệu việc làm'],
  },
  { everyday: ['du học', 'đi du học', 'học ở nước ngoài', 'sang học'], legal: ['học tập ở nước ngoài'] },
  {
    everyday: ['thuê người nước ngoài', 'tuyển người nước ngoài'],
    legal: ['tuyển dụng người nước ngoài làm việc tại việt nam'],
  },
  { everyday: ['tour', 'công ty du lịch', 'khu du lịch'], legal: ['dịch vụ văn hóa, du lịch', 'cơ sở lưu trú du lịch'] },
  { everyday: ['quán net', 'tiệm net', 'tiệm internet', 'quán game'], legal: ['dịch vụ internet'] },
  { everyday: ['làm hợp đồng', 'giấy hợp đồng'], legal: ['hợp đồng lao động bằng văn bản', 'theo hợp đồng'] },
  { everyday: ['giấy cam đoan', 'cam đoan', 'làm cam kết'], legal: ['ký cam kết', 'cam kết chấp hành'] },

  // How a person looks after being trafficked, and how they behave: the body says how they were treated, the
  // behaviour may also call for psychological support.
  {
    everyday: ['gầy yếu', 'ốm o', 'xanh xao', 'tiều tụy', 'bầm dập', 'thâm tím', 'vết thương', 'sẹo', 'bị hành hạ', 'bị đánh đập'],
    legal: ['biểu hiện về thể chất và tinh thần', 'bị đối xử tàn tệ', 'bị thương tích'],
  },
  {
    everyday: ['giật mình', 'run rẩy', 'thẫn thờ', 'lầm lì', 'ít nói', 'hay khóc', 'mất ngủ', 'ngơ ngác', 'hoảng hốt', 'tâm thần'],
    legal: ['sang chấn tâm lý', 'hỗ trợ tâm lý', 'ổn định tâm lý'],
  },
  {
    everyday: ['bị bắt cùng', 'được cứu cùng', 'cứu cùng lúc', 'ở chung với', 'nhốt chung', 'ở cùng chỗ'],
    legal: ['giải cứu cùng với nạn nhân khác', 'chung sống cùng với nạn nhân'],
  },
  {
    everyday: [
      'đi lâu không về',
      'bỏ nhà đi',
      'đi biệt',
      'mất biệt',
      'đi mất biệt',
      'biệt tích',
      'đi mất tiêu',
      'không biết ở đâu',
      'mất liên lạc',
      'không liên lạc được',
      'đi không về',
      'bặt tin',
      'bặt vô âm tín',
    ],
    legal: ['vắng mặt', 'đi khỏi địa phương không rõ tung tích', 'mất tích'],
  },
  { everyday: ['nghi bị bán', 'có thể bị bán', 'chắc bị bán', 'sợ bị bán'], legal: ['nghi là nạn nhân', 'nghi vấn bị mua bán'] },
  {
    everyday: ['nhân chứng', 'người chứng kiến', 'người biết chuyện'],
    legal: ['người làm chứng', 'những người biết sự việc'],
  },
  { everyday: ['người báo tin', 'người đi báo'], legal: ['người tố giác', 'người tố cáo'] },
  {
    everyday: ['thiếu niên', 'tuổi mới lớn', 'thanh thiếu niên', 'người trẻ', 'học trò'],
    legal: ['thanh niên', 'học sinh, sinh viên'],
  },
  {
    everyday: ['gia đình có công', 'con liệt sĩ'],
    legal: ['hộ cận nghèo', 'gia đình chính sách', 'người có công với cách mạng'],
  },
  { everyday: ['không có quốc tịch', 'vô quốc tịch'], legal: ['người không quốc tịch'] },
  { everyday: ['từng đi tù', 'từng ở tù', 'có tiền sự', 'từng bị bắt', 'từng buôn người'], legal: ['tiền án, tiền sự'] },
  {
    everyday: ['nam nữ', 'trai hay gái', 'đàn ông đàn bà', 'già trẻ', 'lớn nhỏ', 'mấy tuổi', 'bao nhiêu tuổi'],
    legal: ['giới tính', 'độ tuổi', 'lứa tuổi'],
  },

  // Wrongdoing around trafficking.
  {
    everyday: ['làm ngơ', 'nhắm mắt làm ngơ', 'nhận tiền bỏ qua', 'che giấu', 'bỏ qua không xử'],
    legal: ['bao che, dung túng', 'lợi dụng chức vụ, quyền hạn', 'tiếp tay'],
  },
  { everyday: ['ngăn cản', 'không cho báo', 'ngăn không cho', 'cản không cho'], legal: ['cản trở việc tố giác', 'cản trở'] },
  { everyday: ['kiếm chác', 'ăn chặn', 'lợi dụng kiếm tiền', 'kiếm lời'], legal: ['trục lợi'] },

  // Protection measures in everyday words.
  {
    everyday: ['cử người bảo vệ', 'người canh', 'canh giữ', 'bảo vệ tận nhà', 'công an canh', 'cho người canh'],
    legal: ['bố trí lực lượng bảo vệ'],
  },
  {
    everyday: ['không cho đi đâu', 'hạn chế đi lại', 'hạn chế gặp', 'cấm gặp', 'không được gặp ai', 'ở yên một chỗ'],
    legal: ['hạn chế phạm vi đi lại, giao tiếp'],
  },
  { everyday: ['mặt mũi', 'hình dáng', 'chuyện riêng'], legal: ['đặc điểm nhân dạng', 'đời tư'] },

  // Agencies and roles.
  {
    everyday: ['ngành giáo dục', 'bên giáo dục', 'phòng giáo dục'],
    legal: ['sở giáo dục và đào tạo', 'cơ sở giáo dục', 'nhà trường'],
  },
  {
    everyday: ['ngành y tế', 'bên y tế', 'trạm xá', 'trạm y tế', 'bác sĩ', 'y tá', 'thuốc men', 'coi bệnh'],
    legal: ['cơ sở y tế', 'sở y tế', 'khám bệnh, chữa bệnh', 'chăm sóc y tế'],
  },
  {
    everyday: ['bên tư pháp', 'cán bộ tư pháp', 'luật sư miễn phí'],
    legal: ['sở tư pháp', 'trợ giúp pháp lý', 'trung tâm trợ giúp pháp lý nhà nước'],
  },
  { everyday: ['bên tài chính', 'phòng tài chính', 'kho bạc'], legal: ['sở tài chính', 'bộ tài chính'] },
  {
    everyday: ['bên thông tin', 'thông tin truyền thông'],
    legal: ['sở thông tin và truyền thông', 'phòng văn hóa và thông tin'],
  },
  {
    everyday: ['mặt trận xã', 'cựu chiến binh'],
    legal: ['ủy ban mặt trận tổ quốc việt nam', 'hội, đoàn thể', 'đoàn thể'],
  },
  { everyday: ['bên tòa'], legal: ['viện kiểm sát nhân dân', 'tòa án nhân dân'] },
  { everyday: ['bên ngoại giao'], legal: ['sở ngoại vụ', 'phòng ngoại vụ', 'bộ ngoại giao'] },
  { everyday: ['ban 138'], legal: ['ban chỉ đạo phòng, chống tội phạm', 'ban chỉ đạo'] },
  { everyday: ['văn phòng tỉnh'], legal: ['văn phòng ủy ban nhân dân tỉnh'] },
  {
    everyday: ['người phụ trách', 'người đầu mối', 'ai đầu mối', 'cán bộ phụ trách'],
    legal: ['đơn vị đầu mối', 'cán bộ đầu mối'],
  },
  {
    everyday: ['người đi tuyên truyền'],
    legal: ['mạng lưới tuyên truyền viên', 'báo cáo viên, tuyên truyền viên, cộng tác viên'],
  },
  { everyday: ['nhân viên xã hội', 'cán bộ xã hội', 'người làm công tác xã hội'], legal: ['công tác xã hội', 'nhân viên'] },

  // Places.
  { everyday: ['ngoài đảo', 'trên đảo'], legal: ['hải đảo'] },
  { everyday: ['vùng quê', 'miền quê', 'ở quê'], legal: ['khu vực nông thôn', 'nông thôn'] },
  { everyday: ['giáp tỉnh khác', 'giáp huyện khác', 'chỗ giáp'], legal: ['giáp ranh', 'vùng giáp ranh'] },
  {
    everyday: ['điểm nóng', 'chỗ hay xảy ra', 'nơi hay xảy ra', 'nơi nhiều vụ', 'chỗ nhiều vụ'],
    legal: ['địa bàn trọng điểm', 'địa bàn xảy ra nhiều vụ việc mua bán người'],
  },
  {
    everyday: ['khai tạm trú', 'báo tạm vắng', 'nhà trọ', 'phòng trọ', 'ai đi ai về'],
    legal: ['tạm trú, lưu trú, tạm vắng', 'quản lý cư trú', 'nhân khẩu, hộ khẩu'],
  },

  // Communication activities.
  {
    everyday: ['băng rôn', 'khẩu hiệu', 'pa nô', 'bảng tuyên truyền', 'tranh tuyên truyền', 'tờ bướm', 'tờ gấp', 'sổ tay', 'tài liệu phát'],
    legal: ['pano, áp phích, tờ rơi', 'tài liệu truyền thông', 'cẩm nang, sách mỏng'],
  },
  {
    everyday: ['văn nghệ', 'diễn kịch', 'hội thi'],
    legal: ['sân khấu hóa', 'cuộc thi tìm hiểu pháp luật', 'văn học, nghệ thuật'],
  },
  {
    everyday: [
      'họp thôn',
      'họp xóm',
      'họp tổ dân phố',
      'họp dân',
      'sinh hoạt chi hội',
      'nói chuyện chuyên đề',
      'đến từng nhà',
      'từng nhà',
      'gặp trực tiếp',
      'nói trực tiếp',
    ],
    legal: ['gặp gỡ, nói chuyện trực tiếp', 'truyền thông trực tiếp', 'sinh hoạt cộng đồng', 'truyền thông tại cộng đồng'],
  },
  {
    everyday: ['loa', 'loa phát thanh', 'loa kẻng', 'đài xã', 'đài phường', 'phát loa', 'đài truyền thanh xã'],
    legal: ['đài truyền thanh', 'hệ thống truyền thanh', 'truyền thanh'],
  },
  {
    everyday: ['phim ngắn', 'tiktok', 'youtube', 'trang web', 'đăng lên mạng'],
    legal: ['video clip', 'trang mạng xã hội', 'trang thông tin điện tử', 'website'],
  },
  {
    everyday: ['phát trên tivi', 'lên sóng', 'lên tivi', 'chương trình tivi'],
    legal: ['phóng sự', 'bản tin', 'phát sóng', 'thời lượng'],
  },
  {
    everyday: ['ngày 30/7', 'ngày chống buôn người', 'ngày phòng chống buôn người'],
    legal: ['ngày toàn dân phòng, chống mua bán người'],
  },

  // Officials' work: coordination, review, training, policy.
  {
    everyday: ['ngồi họp', 'bàn bạc', 'làm việc chung', 'liên hệ qua lại', 'gọi điện qua lại', 'nhắn tin'],
    legal: ['hình thức phối hợp', 'trao đổi trực tiếp, trao đổi bằng văn bản', 'cuộc họp liên ngành'],
  },
  {
    everyday: ['đi kiểm tra', 'xuống kiểm tra', 'xuống cơ sở'],
    legal: ['kiểm tra, giám sát', 'đoàn kiểm tra liên ngành', 'tự kiểm tra', 'thanh tra'],
  },
  {
    everyday: ['làm tổng kết', 'ngồi lại', 'nhìn lại', 'coi kết quả', 'xem kết quả'],
    legal: ['sơ kết, tổng kết', 'đánh giá kết quả', 'rút kinh nghiệm'],
  },
  {
    everyday: [
      'mở lớp',
      'đi học lớp',
      'cử đi học',
      'đi tập huấn',
      'cử đi tập huấn',
      'học nghiệp vụ',
      'lớp bồi dưỡng',
      'dạy cán bộ',
      'học kỹ năng',
      'học hỏi kinh nghiệm',
      'đi tham quan học tập',
    ],
    legal: ['tập huấn', 'nâng cao năng lực', 'học tập trao đổi kinh nghiệm'],
  },
  {
    everyday: ['sửa luật', 'góp ý luật', 'làm luật', 'ra văn bản'],
    legal: ['sửa đổi, bổ sung', 'góp ý kiến', 'văn bản quy phạm pháp luật'],
  },
  {
    everyday: ['làm việc với nước ngoài', 'phối hợp với nước ngoài'],
    legal: ['hợp tác quốc tế', 'nước bạn'],
  },
  { everyday: ['dẫn độ', 'nhờ nước ngoài bắt', 'nhờ nước ngoài điều tra'], legal: ['tương trợ tư pháp'] },
  {
    everyday: ['giải quyết đơn', 'xử lý đơn'],
    legal: ['giải quyết tin báo, tố giác, tố cáo', 'đơn thư'],
  },
  { everyday: ['được khen', 'bằng khen', 'giấy khen'], legal: ['khen thưởng', 'thi đua khen thưởng'] },
  { everyday: ['hy sinh', 'mất mạng', 'thiệt mạng'], legal: ['thiệt hại về tính mạng, sức khỏe hoặc tài sản'] },
  { everyday: ['miễn thuế', 'được ưu tiên gì'], legal: ['chính sách ưu đãi', 'khuyến khích xã hội hóa'] },
  {
    everyday: ['bình đẳng nam nữ', 'tôn trọng nạn nhân', 'lấy nạn nhân làm gốc'],
    legal: ['bình đẳng giới', 'nhạy cảm giới', 'lấy nạn nhân làm trung tâm'],
  },
  {
    everyday: ['chuyển đi', 'chuyển lên', 'đưa qua trung tâm', 'đưa vô trung tâm', 'gửi vào trại', 'chuyển qua chỗ khác'],
    legal: ['chuyển tuyến', 'chuyển giao', 'đưa vào trung tâm công tác xã hội'],
  },

  // Money of officials' work.
  {
    everyday: [
      'tiền tài trợ',
      'mạnh thường quân',
      'nhà hảo tâm',
      'quyên góp',
      'ủng hộ',
      'dự án nước ngoài',
      'tổ chức phi chính phủ',
      'xin tài trợ',
      'từ thiện',
      'làm từ thiện',
      'xin thêm bên ngoài',
      'tiền bên ngoài',
    ],
    legal: ['tài trợ, viện trợ', 'huy động, đóng góp', 'nguồn hợp pháp khác', 'nguồn tài trợ, huy động'],
  },
  // Where the money of a plan comes from.
  {
    everyday: ['ở đâu ra', 'lấy ở đâu', 'lấy tiền đâu', 'lấy từ đâu', 'tiền từ đâu', 'từ đâu mà có', 'ai bỏ tiền', 'ai chi tiền'],
    legal: ['nguồn kinh phí', 'kinh phí thực hiện', 'ngân sách nhà nước'],
  },
  { everyday: ['tiền đi công tác', 'tiền công tác'], legal: ['công tác phí'] },
  { everyday: ['tiền ngoài giờ', 'tăng ca', 'làm ban đêm', 'trực đêm'], legal: ['làm đêm, thêm giờ'] },
  { everyday: ['tiền làm hồ sơ', 'tiền lập hồ sơ', 'làm hồ sơ'], legal: ['chi lập hồ sơ nạn nhân', 'lập hồ sơ'] },
  {
    everyday: ['giấy bút', 'in tài liệu', 'photo', 'tiền điện thoại', 'cước điện thoại'],
    legal: ['văn phòng phẩm', 'in ấn tài liệu', 'thông tin liên lạc'],
  },
  { everyday: ['mua máy móc', 'mua đồ nghề', 'máy móc'], legal: ['mua sắm trang thiết bị', 'trang thiết bị'] },
  { everyday: ['người không lương', 'người giúp việc bảo vệ'], legal: ['người không hưởng lương'] },
  { everyday: ['tiền tư vấn', 'trả công tư vấn'], legal: ['thù lao', 'tư vấn tâm lý cho nạn nhân'] },
  {
    everyday: ['nhập máy', 'phần mềm'],
    legal: ['cơ sở dữ liệu', 'cập nhật thông tin', 'quản lý dữ liệu thống kê'],
  },

  // Support facilities: what a licence needs.
  { everyday: ['bảng tên', 'biển hiệu', 'treo bảng', 'bảng hiệu'], legal: ['biển đề tên'] },
  { everyday: ['giám đốc trung tâm', 'chủ cơ sở', 'người đứng tên', 'ông chủ'], legal: ['người đứng đầu'] },
  { everyday: ['dời trụ sở', 'chuyển địa điểm', 'dọn chỗ khác'], legal: ['địa điểm đặt trụ sở', 'trụ sở'] },
  { everyday: ['gần đường', 'dễ đi', 'đi lại thuận tiện', 'xe vào được'], legal: ['thuận tiện giao thông'] },
  { everyday: ['tuyển nhân viên', 'tuyển thêm người', 'thuê nhân viên'], legal: ['tuyển dụng lao động', 'nhân viên'] },
  {
    everyday: ['chăm lo', 'chăm nom', 'săn sóc', 'đỡ đần', 'nâng đỡ', 'bảo bọc', 'đùm bọc'],
    legal: ['chăm sóc, giúp đỡ', 'động viên'],
  },
  {
    everyday: ['dịch tiếng', 'dịch giúp', 'dịch hộ', 'người thông dịch', 'nói tiếng nước ngoài'],
    legal: ['phiên dịch', 'hỗ trợ phiên dịch'],
  },
  {
    everyday: ['giúp gì', 'giúp những gì', 'giúp được gì', 'hỗ trợ những gì', 'được hưởng những gì', 'có chế độ gì', 'chế độ gì'],
    legal: ['chế độ hỗ trợ', 'đối tượng và chế độ hỗ trợ'],
  },
  {
    everyday: [
      'khuyên nhủ',
      'khuyên bảo',
      'khuyên răn',
      'vỗ về',
      'trò chuyện',
      'khóc hoài',
      'khóc suốt',
      'khóc lóc',
      'suy sụp',
      'ác mộng',
      'gặp ác mộng',
      'không ngủ được',
      'buồn rầu',
      'bác sĩ tâm lý',
      'chữa tâm lý',
      'sinh hoạt nhóm',
    ],
    legal: ['hỗ trợ tâm lý', 'tư vấn, tham vấn tâm lý', 'liệu pháp trị liệu nhóm', 'ổn định tâm lý'],
  },
  {
    everyday: ['đem ra xử', 'đưa ra xử', 'xử điểm', 'xử án điểm', 'xử tại chỗ', 'xử trước dân', 'xử cho dân xem'],
    legal: ['xét xử lưu động', 'vụ án điểm', 'răn đe'],
  },
  {
    everyday: ['thuê trọ', 'người thuê trọ', 'người tới ở', 'khai báo cư trú', 'đăng ký cư trú', 'khai báo lưu trú'],
    legal: ['tạm trú, lưu trú, tạm vắng', 'quản lý cư trú'],
  },
  {
    everyday: ['để mắt', 'theo sát'],
    legal: ['nắm tình hình', 'nắm bắt kịp thời tình hình', 'theo dõi'],
  },
  {
    everyday: ['bảng lớn', 'biển lớn', 'bảng quảng cáo', 'biển quảng cáo', 'tờ quảng cáo'],
    legal: ['pano, áp phích, tờ rơi', 'tài liệu truyền thông'],
  },
  {
    everyday: [
      'tiền mới về',
      'tiền lúc mới về',
      'giúp lúc mới về',
      'lúc mới về',
      'mới về',
      'giúp lúc đầu',
      'tiền lúc đầu',
      'tiền giúp đỡ ban đầu',
    ],
    legal: ['trợ cấp khó khăn ban đầu', 'hỗ trợ một lần'],
  },
  {
    everyday: ['bước đầu tiên', 'bước nào', 'bắt đầu từ đâu', 'làm từ đâu', 'trình tự ra sao'],
    legal: ['trình tự, thủ tục', 'trình tự'],
  },
  {
    everyday: ['ai được hưởng', 'người nào được', 'diện nào', 'thuộc diện'],
    legal: ['đối tượng hỗ trợ', 'đối tượng áp dụng', 'đối tượng bảo vệ', 'đối tượng thụ hưởng'],
  },
  { everyday: ['áp dụng cho ai', 'áp dụng với ai', 'dùng cho ai'], legal: ['phạm vi điều chỉnh', 'đối tượng áp dụng'] },
  {
    everyday: ['cách làm hay', 'làm hay', 'gương tốt', 'tấm gương', 'nơi làm tốt'],
    legal: ['mô hình', 'điển hình tiên tiến', 'nhân rộng'],
  },
  { everyday: ['gộp chung', 'ghép vào', 'lồng vào'], legal: ['lồng ghép'] },
  { everyday: ['thoát nghèo', 'giúp thoát nghèo'], legal: ['giảm nghèo', 'xóa đói giảm nghèo', 'an sinh xã hội'] },
  { everyday: ['nghiện ngập', 'hút chích'], legal: ['tệ nạn xã hội'] },
  {
    everyday: ['lập án', 'mở vụ án', 'bắt tạm giam', 'đưa ra tòa', 'bị kiện ra tòa'],
    legal: ['khởi tố, điều tra, truy tố, xét xử', 'khởi tố'],
  },
  {
    everyday: ['hiệp định', 'thỏa thuận giữa hai nước', 'ký với nước bạn', 'hai nước thỏa thuận'],
    legal: ['thỏa thuận quốc tế song phương', 'thỏa thuận song phương'],
  },
  {
    everyday: ['giấy tờ nước ngoài', 'giấy của nước ngoài', 'giấy nước ngoài cấp', 'công chứng giấy nước ngoài'],
    legal: ['hợp pháp hóa lãnh sự', 'do cơ quan nước ngoài cấp'],
  },
  {
    everyday: ['chứng minh là người việt', 'xác định là người việt', 'giấy chứng minh người việt'],
    legal: ['giấy tờ chứng minh quốc tịch việt nam'],
  },
  {
    everyday: ['xe đưa về', 'xe chở về', 'ai lo xe', 'lo xe', 'xe cộ', 'đưa đón'],
    legal: ['phương tiện chuyên chở', 'bố trí phương tiện'],
  },
  {
    everyday: [
      'mỗi quý',
      'quý một lần',
      'quý 1 lần',
      'ba tháng một lần',
      '3 tháng một lần',
      '3 tháng 1 lần',
      'nửa năm',
      'sáu tháng một lần',
      '6 tháng một lần',
      '6 tháng 1 lần',
      'giữa năm',
    ],
    legal: ['hàng quý', 'định kỳ 6 tháng', '6 tháng'],
  },
  {
    everyday: ['báo cáo gấp', 'báo gấp', 'báo cáo bất thường', 'khi có việc gấp', 'phát sinh bất ngờ'],
    legal: ['báo cáo đột xuất', 'đột xuất'],
  },
  {
    everyday: ['nhà chứa', 'ổ mại dâm', 'gái gọi', 'đứng đường', 'karaoke ôm', 'ôm khách', 'bắt tiếp khách'],
    legal: ['bóc lột tình dục', 'ép buộc bán dâm', 'mại dâm'],
  },
  {
    everyday: ['bị hiếp', 'hiếp dâm', 'cưỡng hiếp', 'sờ mó', 'bị xâm hại tình dục', 'bị làm nhục'],
    legal: ['bóc lột tình dục', 'bị xâm hại', 'nô lệ tình dục'],
  },
  {
    everyday: [
      'làm quần quật',
      'làm không nghỉ',
      'làm cả ngày lẫn đêm',
      'bị giữ lương',
      'bị trừ lương',
      'không được nghỉ',
      'bắt trả nợ',
      'siết nợ',
      'gán nợ',
      'nợ tiền môi giới',
      'trả nợ bằng sức lao động',
      'làm trừ nợ',
    ],
    legal: ['cưỡng bức lao động', 'lao động trái ý muốn', 'bị lệ thuộc'],
  },
  {
    everyday: [
      'bên tàu',
      'sang tàu',
      'qua tàu',
      'bên miên',
      'qua miên',
      'cam bốt',
      'căm pu chia',
      'xứ người',
      'qua bển',
      'bên bển',
      'nước người ta',
      'đất khách',
      'bên xứ',
    ],
    legal: ['ra nước ngoài', 'ở nước ngoài', 'biên giới'],
  },
  {
    everyday: ['bị gạt', 'bị lường gạt', 'lường gạt', 'bị gạt bán'],
    legal: ['mua bán người', 'bị mua bán', 'lừa gạt'],
  },
  {
    everyday: [
      'chú công an',
      'mấy anh công an',
      'bên công an',
      'công an khu vực',
      'công an phường',
      'công an thị trấn',
      'công an viên',
      'trưởng công an xã',
    ],
    legal: ['cơ quan công an', 'công an cấp xã'],
  },
  {
    everyday: ['chủ tịch xã', 'ông chủ tịch', 'bà chủ tịch'],
    legal: ['chủ tịch ủy ban nhân dân xã, phường, thị trấn', 'chủ tịch ủy ban nhân dân cấp xã'],
  },
  {
    everyday: ['trưởng thôn', 'trưởng ấp', 'trưởng bản', 'tổ trưởng dân phố', 'già làng', 'trưởng khóm'],
    legal: ['ủy ban nhân dân cấp xã', 'cộng đồng'],
  },
  {
    everyday: ['cán bộ lao động xã', 'cán bộ chính sách', 'cán bộ thương binh xã hội', 'cán bộ văn hóa xã hội', 'cán bộ lao động'],
    legal: ['lao động - thương binh và xã hội', 'ủy ban nhân dân cấp xã'],
  },
  {
    everyday: ['trong ấp', 'trong thôn', 'thôn xóm', 'ở thôn', 'bản làng', 'buôn làng', 'phum sóc', 'xóm làng', 'khóm ấp'],
    legal: ['cộng đồng', 'tại cộng đồng'],
  },
  {
    everyday: ['tỉnh về', 'trên huyện', 'về huyện', 'xuống xã', 'về xã', 'trên sở'],
    legal: ['cấp có thẩm quyền', 'cấp tỉnh', 'cấp huyện'],
  },
  { everyday: ['giấy giao nhận', 'ký nhận người', 'giấy bàn giao', 'ký giao người'], legal: ['biên bản bàn giao', 'bàn giao'] },
  { everyday: ['mỗi bữa', 'một bữa', 'bữa ăn', 'tiền gạo', 'suất ăn', 'khẩu phần', 'tiền cơm nước'], legal: ['tiền ăn', 'mức hỗ trợ'] },
  {
    everyday: ['tiền xăng', 'đổ xăng', 'xăng dầu', 'tiền thuê xe', 'xe công'],
    legal: ['tiêu hao nhiên liệu', 'thuê xe', 'phương tiện của cơ quan'],
  },
  {
    everyday: ['đưa xác về', 'chở xác về', 'thi thể', 'tro cốt', 'thiêu xác', 'đem chôn', 'lo hậu sự', 'hậu sự'],
    legal: ['mai táng', 'vận chuyển thi hài', 'di hài'],
  },
  { everyday: ['khám nghiệm', 'khám nghiệm tử thi', 'mổ khám nghiệm'], legal: ['giám định pháp y'] },
  { everyday: ['ở quá hạn', 'lố hạn', 'quá hạn visa', 'hết hạn visa', 'tiền phạt quá hạn'], legal: ['lệ phí lưu trú quá hạn'] },
  { everyday: ['vé bay', 'tiền vé bay', 'mua vé bay', 'vé máy bay về'], legal: ['vé máy bay', 'chi phí mua vé máy bay, tàu, xe'] },
  {
    everyday: ['hỏi luật', 'giải thích luật', 'chỉ cho biết luật', 'nói cho biết luật', 'hiểu luật'],
    legal: ['hỗ trợ pháp luật', 'tư vấn pháp luật'],
  },
  {
    everyday: ['dị nghị', 'chê cười', 'nói ra nói vào', 'xì xào', 'chỉ trỏ', 'tự ti', 'ngại gặp người', 'mang tiếng'],
    legal: ['kỳ thị, phân biệt đối xử', 'xóa bỏ mặc cảm', 'mặc cảm'],
  },
  { everyday: ['giúp nhau', 'đùm bọc nhau', 'lá lành đùm lá rách'], legal: ['tương thân tương ái'] },
  {
    everyday: ['ai làm chính', 'bên nào làm chính', 'ai đứng ra tổ chức', 'ai cầm trịch', 'ai đứng đầu'],
    legal: ['chủ trì', 'chủ trì, phối hợp'],
  },
  { everyday: ['ai phụ', 'bên nào phụ', 'cùng làm', 'hai bên cùng'], legal: ['phối hợp'] },
  { everyday: ['nộp lên', 'gửi lên tỉnh', 'báo cáo cấp trên', 'báo lên trên', 'nộp lên sở'], legal: ['báo cáo', 'tổng hợp, báo cáo'] },
  { everyday: ['hạn nộp', 'hạn nộp báo cáo', 'nộp trước ngày nào', 'hạn chót nộp'], legal: ['trước ngày', 'thời hạn'] },
  { everyday: ['nhóm zalo', 'zalo nhóm', 'group facebook', 'nhắn zalo', 'trang facebook'], legal: ['mạng xã hội', 'trang mạng xã hội'] },
  {
    everyday: ['tuyên truyền miệng', 'nói miệng', 'nói chuyện với dân'],
    legal: ['truyền thông trực tiếp', 'gặp gỡ, nói chuyện trực tiếp'],
  },
  {
    everyday: ['xã ký', 'xin xã ký', 'xã đóng dấu', 'xin dấu xã', 'xin chữ ký xã', 'con dấu'],
    legal: ['có xác nhận của ủy ban nhân dân cấp xã', 'xác nhận'],
  },
  { everyday: ['nộp trễ', 'nộp muộn', 'trễ hạn', 'quá hạn nộp', 'để lâu', 'lỡ hạn'], legal: ['trong thời hạn', 'kể từ ngày'] },
  {
    everyday: ['viện phí', 'tiền viện', 'tiền chữa bệnh', 'tiền nằm viện', 'tiền khám bệnh'],
    legal: ['chi phí khám bệnh, chữa bệnh', 'tự thanh toán', 'hỗ trợ y tế'],
  },
  {
    everyday: ['nhà nước trả', 'nhà nước chi', 'ngân sách trả', 'tiền nhà nước', 'nhà nước lo'],
    legal: ['ngân sách nhà nước', 'kinh phí'],
  },
  { everyday: ['nhiều nhất', 'lâu nhất', 'cao nhất', 'được tối đa', 'tối đa mấy'], legal: ['tối đa', 'không quá'] },
  { everyday: ['thấp nhất', 'ít ra', 'ít nhất là'], legal: ['tối thiểu', 'ít nhất'] },
  // The documents' procedure verbs, papers, money, time limits, people and places, term by term, in the words a
  // citizen or a commune official types instead (Northern, Central and Southern chat forms).
  // Time: "bữa" is a day in the South and Centre, "chừng nào" asks when.
  {
    everyday: ['mấy bữa', 'bao nhiêu bữa', 'mấy bữa nữa', 'chừng nào', 'bao lâu nữa', 'nhiêu ngày', 'lâu không', 'có lâu không'],
    legal: ['thời hạn', 'trong thời hạn', 'ngày làm việc', 'kể từ ngày'],
  },
  { everyday: ['liền', 'ngay liền', 'liền tay', 'tức thì', 'tức khắc', 'không chậm trễ'], legal: ['ngay', 'kịp thời', 'chuyển ngay'] },
  // A person who cannot pay: the documents' condition for travel and meal support.
  {
    everyday: [
      'không có tiền về',
      'không có tiền đi xe',
      'không có tiền mua vé',
      'không có tiền trả',
      'không đủ tiền về',
      'không đủ tiền trả',
      'hết tiền về',
      'không trả nổi',
      'không có tiền mà về',
    ],
    legal: ['không có khả năng chi trả', 'không có khả năng chi trả tiền tàu xe'],
  },
  // Someone who claims to be a victim to get the support.
  {
    everyday: ['nói xạo', 'nói dối', 'khai láo', 'khai không đúng', 'khai sai', 'giả vờ', 'giả bộ', 'mạo danh', 'nhận bừa', 'xạo'],
    legal: ['giả mạo là nạn nhân', 'giả mạo', 'hoàn trả khoản kinh phí hỗ trợ đã nhận'],
  },
  {
    everyday: ['trả lại tiền', 'trả tiền lại', 'nôn tiền ra', 'thu lại tiền', 'đòi lại tiền', 'phải trả lại', 'bắt trả lại'],
    legal: ['hoàn trả', 'hoàn trả khoản kinh phí hỗ trợ đã nhận', 'bồi thường'],
  },
  // Officials who cover for traffickers: disciplined, not only prosecuted.
  {
    everyday: [
      'cách chức',
      'bị cách chức',
      'đuổi việc',
      'khiển trách',
      'cán bộ bị phạt',
      'cán bộ sai phạm',
      'cán bộ bao che',
      'kỷ luật cán bộ',
    ],
    legal: ['xử lý kỷ luật', 'lợi dụng chức vụ, quyền hạn', 'bao che, dung túng'],
  },
  // The person who sold someone.
  {
    everyday: ['thủ phạm', 'hung thủ', 'kẻ bán', 'người bán', 'đứa bán', 'thằng bán', 'kẻ phạm tội', 'người đã bán', 'tụi bán người'],
    legal: ['người phạm tội', 'đối tượng', 'người thực hiện hành vi mua bán người'],
  },
  {
    everyday: ['khai ra', 'khai tên', 'chỉ mặt', 'tố ra', 'làm chứng', 'đưa bằng chứng', 'nộp bằng chứng', 'cho công an biết'],
    legal: ['cung cấp tài liệu, chứng cứ', 'cung cấp thông tin', 'người làm chứng'],
  },
  // Telling others about a victim.
  {
    everyday: [
      'kể cho cả xóm',
      'kể cho người khác',
      'nói cho người ngoài',
      'nói ra ngoài',
      'đồn ra',
      'đồn ầm',
      'bêu tên',
      'bêu riếu',
      'tung lên mạng',
      'phát tán',
      'bép xép',
      'ai cũng biết',
      'cả làng biết',
      'cả xóm biết',
    ],
    legal: ['tiết lộ thông tin', 'giữ bí mật', 'bí mật thông tin về nạn nhân'],
  },
  {
    everyday: ['không phải bị bán', 'chẳng phải bị bán', 'đâu phải bị bán'],
    legal: ['không phải là nạn nhân', 'không đủ căn cứ xác định nạn nhân'],
  },
  // Protection by presence.
  {
    everyday: ['canh nhà', 'gác nhà', 'canh cửa', 'trông nhà', 'canh chừng nhà', 'ở gần bảo vệ', 'đi theo bảo vệ', 'kèm sát'],
    legal: ['bố trí lực lượng bảo vệ', 'bảo vệ an toàn'],
  },
  {
    everyday: ['kêu người tới', 'điều người tới', 'cho người tới ngay', 'cho xe tới', 'cử người tới', 'gọi người tới'],
    legal: ['điều động lực lượng, phương tiện', 'trường hợp khẩn cấp'],
  },
  // Asking for something in writing.
  {
    everyday: ['viết giấy', 'làm giấy xin', 'giấy xin', 'viết giấy xin', 'làm văn bản', 'viết văn bản', 'gửi giấy'],
    legal: ['văn bản đề nghị', 'bằng văn bản', 'đơn đề nghị'],
  },
  // Courts in session.
  {
    everyday: ['buổi xử', 'hôm xử', 'lúc xử', 'phiên xử', 'ngày xử', 'đem ra tòa'],
    legal: ['phiên tòa', 'xét xử', 'tòa án'],
  },
  {
    everyday: [
      'xử ngay ở xã',
      'xử ở xã',
      'xử tại xã',
      'xử ở hội trường',
      'xử giữa làng',
      'xử ngoài sân',
      'xử cho dân coi',
      'xử cho bà con coi',
      'đưa về xã xử',
      'xử công khai',
    ],
    legal: ['xét xử lưu động', 'răn đe', 'vụ án điểm'],
  },
  // Who signs and decides at province level.
  {
    everyday: ['chủ tịch tỉnh', 'ông chủ tịch tỉnh', 'bà chủ tịch tỉnh', 'chủ tịch ủy ban tỉnh', 'lãnh đạo tỉnh'],
    legal: ['chủ tịch ủy ban nhân dân cấp tỉnh', 'chủ tịch ủy ban nhân dân tỉnh'],
  },
  { everyday: ['trưởng đồn', 'chỉ huy đồn', 'sếp đồn', 'ông đồn trưởng'], legal: ['trưởng đồn biên phòng', 'đồn trưởng'] },
  {
    everyday: ['giám đốc sở', 'ông giám đốc sở', 'sếp sở', 'lãnh đạo sở'],
    legal: ['giám đốc sở lao động - thương binh và xã hội', 'giám đốc sở'],
  },
  {
    everyday: ['trưởng đi vắng', 'sếp đi vắng', 'đi vắng thì ai', 'vắng mặt thì ai', 'phó làm thay', 'làm thay', 'ký thay', 'cấp phó'],
    legal: ['cấp phó được ủy nhiệm', 'ủy nhiệm'],
  },
  {
    everyday: ['nhờ nơi khác', 'nhờ địa phương khác', 'nhờ công an nơi khác', 'nhờ tỉnh khác', 'giao cho nơi khác'],
    legal: ['ủy thác', 'cơ quan cùng cấp tương đương'],
  },
  {
    everyday: ['thúc giục', 'đốc thúc', 'nhắc việc'],
    legal: ['đôn đốc', 'theo dõi, đôn đốc'],
  },
  {
    everyday: ['vướng', 'bị vướng', 'còn vướng', 'vướng chỗ', 'gặp khó', 'khó khăn gì', 'thắc mắc', 'trục trặc', 'kẹt chỗ nào'],
    legal: ['vướng mắc', 'phản ánh, kiến nghị', 'phát sinh, vướng mắc'],
  },
  {
    everyday: ['kêu gọi dân', 'kêu gọi bà con', 'vận động dân', 'vận động bà con', 'rủ dân cùng', 'cả làng cùng'],
    legal: ['phát động phong trào', 'toàn dân tham gia', 'phong trào toàn dân'],
  },
  // Money for the work of officials and facilities.
  {
    everyday: ['rót tiền', 'rót kinh phí', 'cấp tiền', 'xuất tiền', 'chia tiền', 'chia kinh phí', 'cấp vốn'],
    legal: ['bố trí kinh phí', 'cấp kinh phí', 'phân bổ'],
  },
  {
    everyday: ['dự trù', 'dự trù kinh phí', 'xin kinh phí', 'lên dự trù', 'xin tiền năm sau', 'tính tiền trước'],
    legal: ['lập dự toán', 'dự toán', 'dự toán ngân sách nhà nước'],
  },
  { everyday: ['tiền sinh hoạt', 'tiền tiêu vặt', 'tiền sống qua ngày'], legal: ['sinh hoạt phí', 'nhu cầu thiết yếu'] },
  {
    everyday: ['sứ quán trả tiền', 'sứ quán lo tiền', 'tiền của sứ quán', 'sứ quán chi', 'tiền lãnh sự'],
    legal: ['quỹ bảo hộ công dân', 'cơ quan đại diện việt nam ở nước ngoài'],
  },
  {
    everyday: ['nước bên đó', 'bệnh viện bên đó', 'bệnh viện bên kia', 'nằm viện bên đó'],
    legal: ['nước sở tại', 'bệnh viện sở tại'],
  },
  // Unpaid helpers who guard a victim.
  {
    everyday: [
      'không ăn lương',
      'không ăn lương nhà nước',
      'không hưởng lương',
      'ngoài biên chế',
      'không biên chế',
      'tình nguyện viên',
      'người tình nguyện',
      'dân phòng',
    ],
    legal: ['người không hưởng lương từ ngân sách nhà nước', 'người không hưởng lương'],
  },
  // Earning a living after return.
  {
    everyday: [
      'nuôi heo',
      'nuôi lợn',
      'nuôi gà',
      'nuôi bò',
      'chăn nuôi',
      'trồng trọt',
      'làm rẫy',
      'làm ruộng',
      'mở quán',
      'mở tiệm',
      'bán hàng',
      'mượn vốn',
      'mượn ít vốn',
      'vay ít tiền',
    ],
    legal: ['sản xuất, kinh doanh', 'vay vốn', 'tự tạo việc làm'],
  },
  { everyday: ['học chữ', 'biết chữ', 'học lại', 'xóa mù chữ', 'học bổ túc'], legal: ['học văn hóa', 'tiếp tục học tập'] },
  {
    everyday: ['giờ sinh hoạt lớp', 'sinh hoạt dưới cờ', 'giờ chào cờ', 'ngoài giờ học', 'học ngoại khóa', 'buổi ngoại khóa'],
    legal: ['ngoại khóa', 'chương trình ngoại khóa'],
  },
  {
    everyday: ['buổi nói chuyện', 'buổi giao lưu', 'giao lưu', 'hội họp', 'ngồi bàn với nhau'],
    legal: ['hội nghị, hội thảo, tọa đàm', 'tọa đàm', 'trao đổi thông tin'],
  },
  {
    everyday: ['thư ngoại giao', 'giấy ngoại giao', 'gửi giấy qua sứ quán', 'báo qua sứ quán'],
    legal: ['công hàm', 'cơ quan đại diện ngoại giao'],
  },
  { everyday: ['sơ yếu lý lịch', 'giấy lý lịch', 'bản lý lịch'], legal: ['lý lịch cá nhân', 'nhân thân'] },
  {
    everyday: ['người thay mặt', 'thay mặt', 'đại diện cho', 'người đứng ra thay', 'người lo giùm', 'người lo giấy tờ'],
    legal: ['người đại diện hợp pháp'],
  },
  { everyday: ['thưa kiện', 'đi thưa', 'khiếu kiện', 'kêu oan'], legal: ['khiếu nại', 'tố cáo'] },
  {
    everyday: ['chặn lại', 'ngăn lại', 'chặn đứng', 'phát giác', 'bắt quả tang', 'bắt tại trận', 'chặn', 'cản lại'],
    legal: ['phát hiện, ngăn chặn', 'ngăn chặn'],
  },
  { everyday: ['dằn mặt', 'làm gương', 'cho tụi nó sợ', 'cho người khác sợ', 'cảnh cáo'], legal: ['răn đe', 'phòng ngừa, răn đe'] },
  { everyday: ['lùng bắt', 'truy lùng', 'săn lùng', 'tóm cổ', 'bắt về quy án'], legal: ['truy bắt', 'truy nã'] },
  {
    everyday: ['đi canh', 'canh biên giới', 'canh cửa khẩu', 'gác biên giới', 'tuần tiễu', 'đi tuần tra', 'chốt gác', 'canh chốt'],
    legal: ['tuần tra, kiểm soát', 'tuần tra', 'kiểm soát'],
  },
  {
    everyday: ['để ý', 'trông chừng', 'để ý tới', 'dòm ngó'],
    legal: ['giám sát', 'quản lý', 'nắm tình hình'],
  },
  {
    everyday: ['đếm lại', 'điểm danh', 'kiểm đếm', 'đi đếm', 'coi lại danh sách', 'rà danh sách', 'ghi tên lại'],
    legal: ['rà soát', 'lập danh sách', 'thống kê'],
  },
  // Support in kind and in money, in a victim's words.
  {
    everyday: ['xe đò', 'xe khách', 'xe buýt', 'đi xe đò', 'vé xe khách', 'tàu hỏa', 'xe lửa', 'giá vé xe'],
    legal: ['giá phương tiện công cộng phổ thông', 'tiền tàu xe'],
  },
  {
    everyday: ['đồ lót', 'quần lót', 'áo lót', 'quần áo lót', 'đồ phụ nữ', 'đồ chị em', 'khăn lau mặt', 'khăn tắm'],
    legal: ['quần áo lót', 'băng vệ sinh', 'khăn mặt', 'vật dụng sinh hoạt cá nhân'],
  },
  {
    everyday: ['người nhà không tới kịp', 'người nhà không đến kịp', 'gia đình không tới kịp', 'không ai nhận xác', 'không ai tới nhận'],
    legal: ['thân nhân không đến kịp', 'mai táng'],
  },
  {
    everyday: ['ốm nặng', 'bệnh nặng', 'chuyển viện', 'lên tuyến trên', 'phải mổ', 'nằm viện lâu'],
    legal: ['ốm nặng', 'chuyển đến cơ sở y tế điều trị', 'điều trị'],
  },
  {
    everyday: ['học nghề ngắn hạn', 'khóa nghề ngắn', 'lớp nghề ngắn', 'học nghề vài tháng', 'học nghề ba tháng'],
    legal: ['đào tạo nghề ngắn hạn', 'sơ cấp nghề', 'dạy nghề dưới 3 tháng'],
  },
  // Checking a victim's account: results, hard cases.
  {
    everyday: ['có kết quả chưa', 'chờ kết quả', 'biết kết quả', 'báo kết quả', 'kết quả ra sao'],
    legal: ['kết quả xác minh', 'trả lời kết quả'],
  },
  {
    everyday: [
      'vụ khó',
      'vụ rắc rối',
      'vụ phức tạp',
      'dính nhiều tỉnh',
      'liên quan nhiều tỉnh',
      'liên quan nhiều nơi',
      'nhiều nơi dính vào',
    ],
    legal: ['vụ việc phức tạp', 'liên quan đến nhiều địa phương'],
  },
  {
    everyday: ['chỗ gần nhất', 'chỗ nào gần', 'gần nhà nhất', 'nơi nào gần'],
    legal: ['nơi gần nhất', 'gần nhất'],
  },
  // Support facilities: premises and publicity.
  {
    everyday: ['dán thông báo', 'dán lên tường', 'dán bảng', 'treo lên cho mọi người coi', 'công khai cho mọi người biết'],
    legal: ['niêm yết công khai'],
  },
  {
    everyday: ['sửa nhà', 'sửa sang', 'sửa chữa trung tâm', 'xây mới', 'xây thêm phòng', 'giường chiếu', 'phòng ốc'],
    legal: ['nâng cấp, cải tạo', 'cơ sở vật chất'],
  },
  { everyday: ['số tài khoản', 'tài khoản ngân hàng'], legal: ['tài khoản'] },
  {
    everyday: ['ảnh hưởng an ninh', 'gây hại an ninh', 'mất an ninh', 'làm loạn', 'gây rối'],
    legal: ['phương hại đến quốc phòng, an ninh quốc gia', 'trật tự, an toàn xã hội'],
  },
  // Agencies by their chat names; a longer name stands for itself, not for the shorter one inside it.
  {
    everyday: ['cảnh sát biển', 'lính biển', 'hải quân', 'tàu tuần tra biển', 'tuần duyên'],
    legal: ['cảnh sát biển'],
  },
  {
    everyday: ['cảnh sát điều tra', 'công an điều tra', 'bên điều tra', 'cơ quan điều tra', 'công an hình sự'],
    legal: ['cơ quan cảnh sát điều tra', 'phòng cảnh sát điều tra tội phạm về trật tự xã hội', 'cảnh sát điều tra'],
  },
  {
    everyday: ['công an sân bay', 'an ninh sân bay', 'cửa khẩu sân bay', 'công an cửa khẩu'],
    legal: ['công an cửa khẩu sân bay quốc tế', 'đồn công an cửa khẩu sân bay quốc tế'],
  },
  { everyday: ['đảng ủy', 'đảng ủy xã', 'bí thư xã', 'bí thư chi bộ', 'chi bộ', 'bên đảng'], legal: ['cấp ủy', 'cấp ủy đảng'] },
  {
    everyday: ['đoàn xã', 'đoàn thanh niên xã', 'bí thư đoàn', 'thanh niên xã'],
    legal: ['đoàn thanh niên cộng sản hồ chí minh', 'đoàn thanh niên'],
  },
  { everyday: ['sở kế hoạch', 'bên kế hoạch đầu tư', 'đầu tư công'], legal: ['sở kế hoạch và đầu tư'] },
  { everyday: ['quan tòa', 'ông tòa', 'thẩm phán'], legal: ['thẩm phán chủ tọa phiên tòa', 'chánh án'] },
  {
    everyday: ['trưởng công an huyện', 'sếp công an', 'thủ trưởng công an', 'thủ trưởng điều tra'],
    legal: ['thủ trưởng, phó thủ trưởng cơ quan cảnh sát điều tra', 'thủ trưởng'],
  },
  // Officials' work.
  {
    everyday: ['giao việc', 'chia việc', 'phân việc', 'ai làm việc gì', 'mỗi bên làm gì', 'mỗi ngành làm gì'],
    legal: ['phân công trách nhiệm', 'giao nhiệm vụ'],
  },
  { everyday: ['phổ biến cho cán bộ', 'học nghị quyết', 'cho cán bộ nắm'], legal: ['phổ biến, quán triệt', 'quán triệt'] },
  { everyday: ['nhiều ngành cùng đi', 'các ngành cùng xuống', 'đi chung nhiều ngành'], legal: ['đoàn liên ngành'] },
  { everyday: ['đổi thói quen', 'thay đổi suy nghĩ', 'đổi cách nghĩ', 'đổi nếp nghĩ'], legal: ['truyền thông thay đổi hành vi'] },
  { everyday: ['đi hỏi thăm dân', 'tìm hiểu tình hình', 'nắm dân'], legal: ['điều tra cơ bản', 'nắm tình hình'] },
  // Ways of trafficking the law names.
  {
    everyday: [
      'bán con từ trong bụng',
      'bán thai',
      'đặt cọc mua con',
      'mua con từ lúc mang bầu',
      'bán đứa nhỏ trong bụng',
      'bán con khi còn mang bầu',
    ],
    legal: ['thỏa thuận mua bán người từ khi còn đang là bào thai', 'bào thai'],
  },
  { everyday: ['xúi', 'xúi bẩy', 'giật dây', 'xúi dại', 'xúi giục'], legal: ['xúi giục', 'cưỡng bức, môi giới hoặc xúi giục'] },
  {
    everyday: ['bạo lực', 'dùng bạo lực', 'dùng súng', 'cầm dao', 'kề dao', 'cầm súng', 'dí súng', 'dí dao'],
    legal: ['dùng vũ lực', 'đe dọa dùng vũ lực'],
  },
  {
    everyday: ['chưa hỏi ý', 'chưa hỏi ý kiến', 'không hỏi ý kiến', 'tự ý đăng', 'chưa được đồng ý'],
    legal: ['sự đồng ý', 'tiết lộ thông tin'],
  },
  // The documents' own words, listed only so that, typed without marks, their syllables are not read as part of
  // another wording: "giup do gi" is not `đồ gì`, "can bo di hoc" is not `bỏ đi`. Each expands to nothing.
  { everyday: ['giúp đỡ'], legal: ['giúp đỡ'] },
  { everyday: ['cán bộ'], legal: ['cán bộ'] },
  // A stranger around a victim: what the plans call a sign that the victim is not safe.
  {
    everyday: ['người lạ', 'đứa lạ', 'kẻ lạ', 'rình rập', 'rình mò', 'lảng vảng', 'bị theo dõi', 'bị rình', 'theo dõi mình'],
    legal: ['dấu hiệu không an toàn', 'đe dọa xâm hại', 'bảo vệ an toàn'],
  },
  { everyday: ['giấy trả lời', 'trả lời bằng giấy', 'có giấy trả lời', 'văn bản trả lời'], legal: ['trả lời bằng văn bản'] },
  {
    everyday: ['nghe theo', 'làm theo', 'nghe lời', 'tuân theo', 'phải nghe'],
    legal: ['chấp hành', 'chấp hành các quy định'],
  },
  {
    everyday: ['tự giữ mình', 'tự bảo vệ', 'tự lo cho mình', 'tự phòng', 'giữ mình'],
    legal: ['kỹ năng tự bảo vệ', 'tự bảo vệ mình'],
  },
  {
    everyday: ['cách xử lý', 'xử lý sao', 'cách ứng phó', 'cách đối phó', 'ứng phó', 'đối phó'],
    legal: ['kỹ năng ứng xử', 'kỹ năng'],
  },
  { everyday: ['tiền nuôi', 'tiền nuôi nạn nhân', 'kinh phí nuôi', 'tiền lo cho nạn nhân'], legal: ['cấp kinh phí', 'kinh phí hỗ trợ'] },
  // A facility asking to be paid back what it spent on victims: the documents' periodic request for funding.
  {
    everyday: [
      'bù tiền',
      'bù lại',
      'tiền bù',
      'xin bù',
      'bù khoản',
      'được bù',
      'tỉnh bù',
      'sở bù',
      'nhà nước bù',
      'đã chi',
      'đã bỏ ra',
      'tiền đã ứng',
      'ứng trước',
      'chi trước',
      'ứng tiền',
      'lót tiền',
      'bỏ tiền trước',
      'bỏ ra trước',
      'chuyển tiền về',
      'rót tiền về',
      'hoàn lại',
      'hoàn lại tiền',
      'được hoàn lại',
      'xin hoàn lại',
      'nhà nước hoàn lại',
      'nhà nước trả lại',
      'tỉnh trả lại',
      'sở trả lại',
      'trả lại cho cơ sở',
      'trả lại cho trung tâm',
    ],
    legal: [
      'đề nghị hỗ trợ các chế độ cho nạn nhân',
      'cấp kinh phí hỗ trợ',
      'kinh phí đề nghị hỗ trợ',
      'ngân sách địa phương hỗ trợ cho các cơ sở hỗ trợ nạn nhân',
    ],
  },
  // How often a facility sends that request.
  {
    everyday: [
      'gửi một lần',
      'nộp một lần',
      'xin một lần',
      'làm một lần',
      'gửi 1 lần',
      'nộp 1 lần',
      'xin 1 lần',
      'theo đợt',
      'từng đợt',
      'mấy đợt',
      'đợt nào',
    ],
    legal: ['định kỳ', '3 tháng hoặc 6 tháng'],
  },
  {
    everyday: ['kê tên', 'liệt kê', 'ghi tên từng người', 'kê từng người', 'tên từng người', 'tên mấy người'],
    legal: ['danh sách', 'danh sách nạn nhân được trợ giúp'],
  },
  // Border guards teaching villagers: the documents' social prevention measures.
  {
    everyday: [
      'chỉ cho',
      'chỉ bảo',
      'chỉ cách',
      'dạy cho',
      'dạy bà con',
      'dạy dân',
      'chỉ dân',
      'chỉ bà con',
      'dạy cách',
      'dạy dỗ',
      'dạy người dân',
      'dạy mọi người',
      'chỉ dẫn',
      'xuống bản',
      'lên bản',
      'vào bản',
      'xuống làng',
      'xuống thôn',
      'xuống ấp',
    ],
    legal: ['hướng dẫn', 'cung cấp kiến thức', 'biện pháp phòng ngừa xã hội'],
  },
  {
    everyday: ['khỏi bị lừa', 'khỏi bị gạt', 'khỏi bị bán', 'khỏi bị dụ', 'đừng bị lừa', 'không bị lừa', 'không bị gạt', 'để khỏi bị'],
    legal: ['kỹ năng tự bảo vệ', 'phòng ngừa', 'đề cao cảnh giác'],
  },
  // Insults and contempt towards a returned victim: a prohibited act.
  {
    everyday: [
      'chửi',
      'chửi bới',
      'chửi rủa',
      'xì xầm',
      'nặng lời',
      'nói nặng lời',
      'đàm tiếu',
      'nhìn khác',
      'lời khó nghe',
      'chế giễu',
      'cười nhạo',
      'trêu chọc',
      'chửi mắng',
      'mắng chửi',
      'nhục mạ',
      'sỉ nhục',
      'khinh',
      'khinh khi',
      'khinh bỉ',
      'khinh thường',
      'coi khinh',
      'nói xấu',
      'chê bai',
      'ghẻ lạnh',
      'hắt hủi',
      'nhìn bằng nửa con mắt',
      'đối xử khác',
      'phân biệt',
    ],
    legal: ['xúc phạm, kỳ thị, phân biệt đối xử', 'kỳ thị, phân biệt đối xử'],
  },
  // What the family owes a member who was trafficked.
  {
    everyday: [
      'trong gia đình',
      'người trong nhà',
      'cả nhà',
      'nhà mình',
      'trong nhà nên',
      'gia đình nên',
      'gia đình phải',
      'gia đình có trách nhiệm',
      'người nhà có trách nhiệm',
      'người nhà nên',
      'người nhà phải',
      'cha mẹ nên',
      'cha mẹ phải',
      'bố mẹ nên',
      'bố mẹ phải',
      'ba má nên',
      'ba má phải',
      'ba mẹ nên',
    ],
    legal: ['thành viên của gia đình', 'gia đình tham gia phòng ngừa mua bán người', 'chăm sóc, giúp đỡ'],
  },
  // A person who cannot fill in the form: the official writes down what they say.
  {
    everyday: [
      'không biết chữ',
      'chưa biết chữ',
      'chưa biết viết',
      'chưa biết đọc',
      'mù chữ',
      'không biết viết',
      'không biết đọc',
      'không rành chữ',
      'không viết được',
      'không đọc được',
      'viết giùm',
      'viết hộ',
      'ghi giùm',
      'ghi hộ',
      'điền giùm',
      'điền hộ',
      'khai giùm',
      'khai hộ',
    ],
    legal: ['không có khả năng tự kê khai', 'ghi lại theo lời khai'],
  },
  // Which paper someone is handed.
  {
    everyday: [
      'giấy gì',
      'tờ giấy gì',
      'được giấy gì',
      'cấp giấy gì',
      'phát giấy gì',
      'cho giấy gì',
      'nhận giấy gì',
      'nhận được giấy',
      'được nhận giấy',
      'được phát giấy',
    ],
    legal: ['giấy chứng nhận', 'giấy xác nhận', 'được cấp'],
  },
  // Asking whether it is too late.
  {
    everyday: [
      'còn kịp',
      'có kịp',
      'kịp không',
      'trễ chưa',
      'có trễ không',
      'muộn chưa',
      'có muộn không',
      'quá hạn chưa',
      'hết hạn chưa',
      'còn hạn',
      'năm ngoái',
      'năm trước',
      'năm rồi',
      'đã lâu',
      'quá lâu',
      'quá một năm',
      'quá 1 năm',
      'hơn một năm',
      'hơn 1 năm',
      'một năm rồi',
      '1 năm rồi',
      'lâu rồi',
    ],
    legal: ['trong thời hạn', 'kể từ ngày', 'thời hạn'],
  },
  // A child brought along by a victim.
  {
    everyday: ['dắt theo', 'dẫn theo', 'mang theo', 'bồng theo', 'ẵm theo', 'hai mẹ con', 'mẹ con', 'đi theo mẹ'],
    legal: ['người dưới 18 tuổi đi cùng', 'người chưa thành niên đi cùng nạn nhân'],
  },
  // Taking people across: the documents' acts of trafficking.
  {
    everyday: ['dắt', 'dắt đi', 'dẫn đi', 'chở đi', 'đưa đi', 'dắt qua', 'dẫn qua'],
    legal: ['tuyển mộ, vận chuyển, chứa chấp', 'vận chuyển'],
  },
  // Money in a province plan: who asks the province for it.
  {
    everyday: ['xin tỉnh', 'xin tỉnh cấp', 'xin tỉnh cho', 'xin cấp tiền', 'xin ngân sách', 'đề xuất tỉnh', 'tiền để lo', 'tiền lo'],
    legal: ['tham mưu ủy ban nhân dân tỉnh bố trí kinh phí', 'bố trí kinh phí', 'ngân sách'],
  },
  // Rescuers with nowhere to lodge or feed a victim.
  {
    everyday: [
      'không có chỗ',
      'không đủ chỗ',
      'hết chỗ',
      'không có chỗ ở',
      'không có chỗ ngủ',
      'không có chỗ cho ở',
      'không lo được',
      'không lo nổi',
    ],
    legal: ['không có điều kiện bố trí ăn, ở', 'không đủ điều kiện bố trí ăn, ở', 'chuyển tuyến'],
  },
  {
    everyday: ['chuyển qua', 'chuyển tiếp', 'lo tiếp', 'ai lo tiếp', 'giao qua', 'chuyển về chỗ', 'đưa qua chỗ'],
    legal: ['chuyển tuyến', 'kết nối', 'chuyển giao'],
  },
  // Turning down protection, and who answers for what happens then.
  {
    everyday: [
      'có chuyện gì',
      'lỡ có chuyện',
      'xảy ra chuyện',
      'có bề gì',
      'không cần bảo vệ',
      'không muốn được bảo vệ',
      'không cần canh',
      'thôi canh',
      'kè kè',
    ],
    legal: ['từ chối biện pháp bảo vệ', 'tự chịu trách nhiệm về an toàn của bản thân'],
  },
  // Which number to call.
  {
    everyday: ['số mấy', 'số gì', 'số bao nhiêu', 'bấm số', 'bấm máy', 'gọi đâu', 'gọi số nào', 'số điện thoại nào'],
    legal: ['tổng đài', 'tổng đài điện thoại', 'điện thoại'],
  },
  // Capital for a living: the documents' loans from the social-policy bank and programmes for production and business.
  {
    everyday: [
      'ít vốn',
      'kiếm vốn',
      'cần vốn',
      'thiếu vốn',
      'xin vốn',
      'có vốn',
      'làm vốn',
      'vốn liếng',
      'cho mượn',
      'cho vay',
      'gây dựng',
      'cơ nghiệp',
      'lập nghiệp',
      'làm kinh tế',
      'mưu sinh',
      'kế sinh nhai',
      'sinh nhai',
      'làm ăn sinh sống',
      'nuôi dê',
      'nuôi vịt',
      'nuôi cá',
      'trồng rau',
      'mở sạp',
    ],
    legal: ['vay vốn', 'sản xuất, kinh doanh', 'tự tạo việc làm', 'ổn định cuộc sống'],
  },
  // Fares home and food on the way, in the words of someone with no money left.
  {
    everyday: [
      'bắt xe',
      'đón xe',
      'ngồi xe',
      'tiền xe cộ',
      'ngày đường',
      'lấy gì ăn',
      'không còn đồng nào',
      'không có đồng nào',
      'không một đồng',
      'không một xu',
      'không còn xu nào',
      'hết sạch tiền',
      'trắng tay',
    ],
    legal: ['tiền tàu xe', 'tiền ăn trong thời gian đi đường', 'không có khả năng chi trả'],
  },
  // A hearing kept from the public.
  {
    everyday: [
      'ngồi nghe',
      'vào nghe',
      'đến nghe',
      'dự phiên tòa',
      'nghe xử',
      'coi xử',
      'xem xử',
      'hàng xóm nghe',
      'không muốn ai nghe',
      'không muốn ai biết',
    ],
    legal: ['xét xử kín'],
  },
  // Spreading a victim's story.
  {
    everyday: [
      'rêu rao',
      'loan tin',
      'đồn đại',
      'đi kể',
      'đi nói',
      'kể khắp',
      'nói khắp',
      'đem chuyện',
      'đem kể',
      'lan truyền',
      'để lộ',
      'làm lộ',
    ],
    legal: ['giữ bí mật', 'bí mật thông tin về nạn nhân', 'tiết lộ thông tin'],
  },
  // Paths across the border off the gates, which patrols watch.
  {
    everyday: [
      'lối mòn',
      'đường mòn',
      'đường tắt',
      'lối tắt',
      'đường rừng',
      'đường tiểu ngạch',
      'qua núi',
      'qua rừng',
      'qua biên',
      'chặn đường',
      'chặn bắt',
    ],
    legal: ['tuần tra, kiểm soát biên giới', 'ngăn chặn'],
  },
  // A foreign man or woman, so that "đàn ông ngoại quốc" is not read as a grandfather ("ông ngoại").
  {
    everyday: [
      'ngoại quốc',
      'đàn ông ngoại quốc',
      'đàn ông nước ngoài',
      'đàn bà ngoại quốc',
      'ông tây',
      'người tây',
      'trai ngoại',
      'đàn ông ngoại',
    ],
    legal: ['người nước ngoài'],
  },
  // Services that look after children.
  {
    everyday: [
      'chăm sóc trẻ',
      'chăm sóc trẻ con',
      'chăm sóc trẻ em',
      'trông trẻ',
      'nuôi dạy trẻ',
      'lo cho trẻ',
      'lo cho trẻ em',
      'làng trẻ',
      'nhà trẻ mồ côi',
      'trung tâm trẻ em',
      'chỗ cho trẻ',
      'chuyên về trẻ em',
    ],
    legal: ['dịch vụ bảo vệ trẻ em', 'cơ sở cung cấp dịch vụ bảo vệ trẻ em', 'bảo vệ trẻ em'],
  },
  // Someone gone from home for long: the list of people absent from the locality.
  {
    everyday: [
      'không thấy về',
      'chưa thấy về',
      'chẳng thấy về',
      'không thấy tăm hơi',
      'mấy năm không về',
      'bao năm không về',
      'biệt tăm biệt tích',
      'bỏ xứ',
      'bỏ làng',
      'bỏ quê',
      'không rõ đi đâu',
      'đi đâu không biết',
      'danh sách người đi',
      'người đi khỏi',
    ],
    legal: ['người vắng mặt ở địa phương', 'vắng mặt', 'mất tích'],
  },
  // Somewhere to sleep and something to eat.
  {
    everyday: [
      'ngả lưng',
      'chỗ ngả lưng',
      'chỗ nằm',
      'chỗ nghỉ',
      'chỗ tá túc',
      'tá túc',
      'chỗ trú',
      'nơi ăn chốn ở',
      'chỗ ăn ở',
      'miếng cơm',
      'bữa cơm',
      'miếng ăn',
      'cái ăn',
      'đồ ăn',
      'bị đói',
      'nhịn đói',
    ],
    legal: ['chỗ ở tạm thời', 'ăn, mặc', 'nhu cầu thiết yếu'],
  },
  // Ordinary people who help guard a victim: the documents pay those not on the state payroll.
  {
    everyday: [
      'thay phiên',
      'thay nhau canh',
      'thay nhau trông',
      'trông giữ',
      'canh chừng nạn nhân',
      'trông nom nạn nhân',
      'dân thường',
      'người dân thường',
      'không phải cán bộ',
      'không phải công chức',
      'người dân tham gia',
      'bà con tham gia',
      'dân quân',
      'tổ an ninh',
      'an ninh thôn',
    ],
    legal: ['người không hưởng lương từ ngân sách nhà nước', 'trực tiếp tham gia quản lý, bảo vệ nạn nhân'],
  },
  // What a plan promises to reach: its targets.
  {
    everyday: [
      'mấy phần',
      'bao nhiêu phần',
      'cam kết',
      'hứa lo',
      'hứa sẽ',
      'hứa bảo vệ',
      'hứa giúp',
      'đặt mục tiêu',
      'nhắm tới',
      'đề ra',
      'đặt ra',
      'bao nhiêu người được',
      'mấy người được',
    ],
    legal: ['chỉ tiêu', 'phấn đấu', 'mục tiêu'],
  },
  // The form a person fills in.
  {
    everyday: ['mẫu giấy', 'mẫu gì', 'mẫu nào', 'cái mẫu', 'biểu mẫu', 'giấy khai', 'khai vào', 'mẫu khai'],
    legal: ['tờ khai', 'mẫu tờ khai', 'kê khai'],
  },
  // Telling someone ahead of an arrival.
  {
    everyday: ['báo trước', 'báo sớm', 'cho biết trước', 'thông báo trước'],
    legal: ['thông báo bằng văn bản', 'trước khi'],
  },
];
