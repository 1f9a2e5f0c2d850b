// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// KappaHubCampaignInfo is an auto generated low-level Go binding around an user-defined struct.
type KappaHubCampaignInfo struct {
	Requester        common.Address
	Arbiter          common.Address
	ReputationSource common.Address
	Stake            *big.Int
	ManifestRoot     [32]byte
	ManifestCid      string
	K                uint8
	Q                uint8
	LabelBits        uint8
	NumLabels        uint16
	MultiLabel       bool
	MaxGoldMisses    uint8
	MaxGold          uint8
	Lanes            uint16
	Chunks           uint32
	NextChunk        uint32
	ClaimWindow      uint32
	CommitWindow     uint32
	RevealWindow     uint32
	GoldWindow       uint32
	DisputeWindow    uint32
	ReviewWindow     uint32
	EndTime          uint64
	SeniorReputation uint32
	ReviewerFee      *big.Int
	Tiers            []KappaHubTier
	Unreserved       *big.Int
	Reserved         *big.Int
	Closed           bool
	CloseTime        *big.Int
}

// KappaHubCampaignParams is an auto generated low-level Go binding around an user-defined struct.
type KappaHubCampaignParams struct {
	Arbiter          common.Address
	ReputationSource common.Address
	Stake            *big.Int
	ManifestRoot     [32]byte
	ManifestCid      string
	K                uint8
	Q                uint8
	LabelBits        uint8
	NumLabels        uint16
	MultiLabel       bool
	MaxGoldMisses    uint8
	MaxGold          uint8
	Lanes            uint16
	Chunks           uint32
	ClaimWindow      uint32
	CommitWindow     uint32
	RevealWindow     uint32
	GoldWindow       uint32
	DisputeWindow    uint32
	ReviewWindow     uint32
	EndTime          uint64
	SeniorReputation uint32
	ReviewerFee      *big.Int
	Tiers            []KappaHubTier
	Deposit          *big.Int
}

// KappaHubChunkLeaf is an auto generated low-level Go binding around an user-defined struct.
type KappaHubChunkLeaf struct {
	ChunkId        uint64
	Tier           uint8
	Size           uint16
	TasksRoot      [32]byte
	GoldCommitment [32]byte
}

// KappaHubGold is an auto generated low-level Go binding around an user-defined struct.
type KappaHubGold struct {
	Present bool
	Mask    []*big.Int
	Labels  []*big.Int
	Salt    [32]byte
}

// KappaHubSeatReveal is an auto generated low-level Go binding around an user-defined struct.
type KappaHubSeatReveal struct {
	Seat     *big.Int
	Labels   []*big.Int
	Salt     [32]byte
	LabelDoc [32]byte
}

// KappaHubSignedClaim is an auto generated low-level Go binding around an user-defined struct.
type KappaHubSignedClaim struct {
	Seat     *big.Int
	Deadline *big.Int
	R        [32]byte
	Vs       [32]byte
}

// KappaHubSignedCommit is an auto generated low-level Go binding around an user-defined struct.
type KappaHubSignedCommit struct {
	Seat       *big.Int
	Commitment [32]byte
	R          [32]byte
	Vs         [32]byte
}

// KappaHubSignedRequest is an auto generated low-level Go binding around an user-defined struct.
type KappaHubSignedRequest struct {
	Count    *big.Int
	Deadline *big.Int
	R        [32]byte
	Vs       [32]byte
}

// KappaHubTier is an auto generated low-level Go binding around an user-defined struct.
type KappaHubTier struct {
	Reward        *big.Int
	MinReputation uint32
}

// CampaignLibMetaData contains all meta data concerning the CampaignLib contract.
var CampaignLibMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closeTime\",\"type\":\"uint256\"}],\"name\":\"CampaignNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientUnreserved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"NothingToReclaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"}],\"name\":\"CampaignCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CampaignReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"}],\"name\":\"EscrowWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"}]",
	ID:  "442ce66285050e5dfeef28f4ec0d0cbe97",
	Bin: "0x60808060405234601b57611d5090816100208239308160070152f35b5f80fdfe6080604052307f0000000000000000000000000000000000000000000000000000000000000000146004361015610034575f80fd5b5f3560e01c80637fa702a81461180557806397d915b6146111ac578063c8f4f39314611171578063e50b630c1461109d578063fe38c1bc14610f9e5763ffaf749e1461007e575f80fd5b610f9a576080366003190112610f9a5767ffffffffffffffff60643511610f9a5761032060643536036003190112610f9a5760ff6100c060a460643501611b6f565b16158015610f80575b610f565760ff6100dd60c460643501611b6f565b16158015610f2d575b8015610efe575b610ed45760ff61010160e460643501611b6f565b16600181141580610ec9575b80610ebe575b80610eb3575b80610ea8575b80610e9d575b610e6b5761013861012460643501611b8c565b15610de057610104606435019061ffff61015183611b7d565b1615918215610dc8575b5050610d96575b61ffff61017461018460643501611b7d565b16158015610d79575b610d4b5760ff61019261016460643501611b6f565b1615610d1b576001600160601b036101ae604460643501611bf4565b1615610ced576101c96102e460643501606435600401611baa565b9050158015610ccd575b610c9f575f5b6101ee6102e460643501606435600401611baa565b9050811015610263576001600160801b036102266102218361021b6102e460643501606435600401611baa565b90611c64565b611c1d565b1615610234576001016101d9565b6040516305519d6f60e51b81526020600482015260066024820152651c995dd85c9960d21b6044820152606490fd5b6102726101c460643501611b99565b63ffffffff806102876101e460643501611b99565b1691161115610c6b57603c63ffffffff6102a66101e460643501611b99565b1610610c3657603c63ffffffff6102c261020460643501611b99565b1610610c0157603c63ffffffff6102de61022460643501611b99565b1610610bce57610e1063ffffffff6102fb61024460643501611b99565b1610610b985763ffffffff61031561026460643501611b99565b16610e108101809111610b845763ffffffff61033661024460643501611b99565b1610610b4f5761034b61028460643501611c08565b67ffffffffffffffff4291161115610b1f576001600160a01b03610373600460643501611be0565b16158015610b00575b610ad05760648035013515610a9b5761039f608460643501606435600401611c31565b905015610a675760043560010180546001600160a01b0319163317905560ff6103cc60643560a401611b6f565b166004355461ff006103e260c460643501611b6f565b60081b1662ff00006103f860e460643501611b6f565b60101b169264ffff00000061041261010460643501611b7d565b60181b169165ff000000000061042d61012460643501611b8c565b151560281b9166ff00000000000061044a61014460643501611b6f565b60301b169460ff60381b61046361016460643501611b6f565b60381b169661ffff60401b61047d61018460643501611b7d565b60401b169861ffff60401b199660ff60381b199466ff000000000000199387199264ffff000000199162ffffff1916171617161716171691161716171717600435556105846104d16101a460643501611b99565b600435600201805463ffffffff60c01b191660c09290921b63ffffffff60c01b1691909117815561050d6102e460643501606435600401611baa565b60048035805460ff60501b191660509390931b60ff60501b16929092179091556001600160a01b0391506105449060643501611be0565b82546001600160a01b031916911617815561056460643561026401611b99565b815463ffffffff60a01b191660a09190911b63ffffffff60a01b16179055565b6064356024016001600160a01b0361059b82611be0565b16610a595750335b60043560030180546001600160a01b0319166001600160a01b039092169190911781556105d4606435604401611bf4565b81546001600160a01b031660a09190911b6001600160a01b0319161790556106016064356101c401611b99565b600435805463ffffffff60601b191660609290921b63ffffffff60601b1691909117905561065d6106376064356101e401611b99565b600435805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b61069561066f61020460643501611b99565b600435805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b6106d06106a761022460643501611b99565b600435600101805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b61070b6106e261024460643501611b99565b600435600101805463ffffffff60c01b191660c09290921b63ffffffff60c01b16919091179055565b61071a61028460643501611c08565b60043580546001600160c01b031660c09290921b6001600160c01b03191691909117905561074d6064356102a401611b99565b60043560010180546001600160e01b031660e09290921b6001600160e01b0319169190911790556107836064356102c401611c1d565b6001600160801b0360056004350191166001600160801b0319825416179055606480350135600660043501556107c3608460643501606435600401611c31565b6007600435019067ffffffffffffffff8111610a45576107e38254611981565b601f8111610a00575b505f601f821160011461099f578192935f92610994575b50508160011b915f199060031b1c19161790555b6004356008015f5b6108346102e460643501606435600401611baa565b90508110156108d4576108568161021b6102e460643501606435600401611baa565b9061086181846119d1565b9290926108c15760019261089b6020836001600160801b036108856108bb96611c1d565b166001600160801b031985541617845501611b99565b815463ffffffff60801b191660809190911b63ffffffff60801b16179055565b0161081f565b634e487b7160e01b5f525f60045260245ffd5b5f5b61ffff6108e861018460643501611b7d565b1681101561090857806001915f526024356020528160405f2055016108d6565b610916606435600401611be0565b61092a608460643501606435600401611c31565b91826040519260648035013584526040602085015281604085015260608401375f6060848401015260018060a01b0316917f7727ac46ca99b16adcc0cba808dac7c66a5fb0f0a687ded5dfc486ae7e467442339260608160443594601f80199101168101030190a4005b013590508380610803565b601f19821693835f5260205f20915f5b8681106109e857508360019596106109cf575b505050811b019055610817565b01355f19600384901b60f8161c191690558380806109c2565b909260206001819286860135815501940191016109af565b825f5260205f20601f830160051c81019160208410610a3b575b601f0160051c01905b818110610a3057506107ec565b5f8155600101610a23565b9091508190610a1a565b634e487b7160e01b5f52604160045260245ffd5b610a6290611be0565b6105a3565b6040516305519d6f60e51b815260206004820152600b60248201526a1b585b9a59995cdd10da5960aa1b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600c60248201526b1b585b9a59995cdd149bdbdd60a21b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600760248201526630b93134ba32b960c91b6044820152606490fd5b50610b0f606435600401611be0565b6001600160a01b0316331461037c565b6040516305519d6f60e51b8152602060048201526007602482015266656e6454696d6560c81b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600c60248201526b72657669657757696e646f7760a01b6044820152606490fd5b634e487b7160e01b5f52601160045260245ffd5b6040516305519d6f60e51b815260206004820152600d60248201526c6469737075746557696e646f7760981b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600a602482015269676f6c6457696e646f7760b01b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600c60248201526b72657665616c57696e646f7760a01b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600c60248201526b636f6d6d697457696e646f7760a01b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600b60248201526a636c61696d57696e646f7760a81b6044820152606490fd5b6040516305519d6f60e51b8152602060048201526005602482015264746965727360d81b6044820152606490fd5b506008610ce56102e460643501606435600401611baa565b9050116101d3565b6040516305519d6f60e51b81526020600482015260056024820152647374616b6560d81b6044820152606490fd5b6040516305519d6f60e51b81526020600482015260076024820152661b585e11dbdb1960ca1b6044820152606490fd5b6040516305519d6f60e51b81526020600482015260056024820152646c616e657360d81b6044820152606490fd5b5061040061ffff610d8f61018460643501611b7d565b161161017d565b6040516305519d6f60e51b81526020600482015260096024820152686e756d4c6162656c7360b81b6044820152606490fd5b61ffff919250610dd790611b7d565b16115f8061015b565b61010460643501600261ffff610df583611b7d565b1610918215610e38575b505015610162576040516305519d6f60e51b81526020600482015260096024820152686e756d4c6162656c7360b81b6044820152606490fd5b6010811092509082610e4e575b50505f80610dff565b61ffff919250610e5f600191611b7d565b921b9116115f80610e45565b6040516305519d6f60e51b81526020600482015260096024820152686c6162656c4269747360b81b6044820152606490fd5b506020811415610125565b50601081141561011f565b506008811415610119565b506004811415610113565b50600281141561010d565b6040516305519d6f60e51b81526020600482015260016024820152607160f81b6044820152606490fd5b50610f0d60c460643501611b6f565b6101fe60ff610f2060a460643501611b6f565b169160011b1611156100ed565b50610f3c60c460643501611b6f565b60ff80610f4d60a460643501611b6f565b169116116100e6565b6040516305519d6f60e51b81526020600482015260016024820152606b60f81b6044820152606490fd5b50600860ff610f9360a460643501611b6f565b16116100c9565b5f80fd5b50610f9a5760a0366003190112610f9a57600435610fba61192d565b6044359160643591608435916001600160a01b03831690818403610f9a5760018101546001600160a01b0316330361108657600401946001600160801b038654169586861161106b57604061105887897f305562e9ab693717ce09b35c4baa6c4bd39d3ea9a791c79319dbb833b5e8df31946001600160801b0380611042856110699f611a08565b16166001600160801b0319825416179055611a08565b8151908882526020820152a3611ccf565b005b8686836314ed2e8d60e21b5f5260045260245260445260645ffd5b856358ea1a2760e01b5f526004523360245260445ffd5b50610f9a576080366003190112610f9a576110c26110b961192d565b60643590611a15565b60048035018054906001600160801b036110eb6110e185838616611b62565b9360801c84611b62565b11611142576001600160801b03808316166001600160801b0319825416179055604051918252602082015233907f9a98994924b3f454e430a7e3c884aa145467ff2913f30a4b4c428a25797c7975604060443592a3005b6040516305519d6f60e51b8152602060048201526006602482015265185b5bdd5b9d60d21b6044820152606490fd5b50610f9a576040366003190112610f9a576004356001600160a01b0381168103610f9a576111a460209160243590611a15565b604051908152f35b6020366003190112610f9a576040516103c0810181811067ffffffffffffffff821117610a4557604052606060a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f6101808201525f6101a08201525f6101c08201525f6101e08201525f6102008201525f6102208201525f6102408201525f6102608201525f6102808201525f6102a08201525f6102c08201525f6102e08201525f61030082015260606103208201525f6103408201525f6103608201525f6103808201525f6103a08201526001600435015460018060a01b0381168252600260043501549060018060a01b03821660208401526003600435015460018060a01b038116604085015260a01c606084015260066004350154608084015260076004350160405190815f8254926112ed84611981565b80845293600181169081156117e3575060011461179f575b506113129250038261195f565b60a084015263ffffffff600435549260ff841660c086015260ff8460081c1660e086015260ff8460101c1661010086015261ffff8460181c1661012086015260ff8460281c16151561014086015260ff8460301c1661016086015260ff8460381c1661018086015261ffff8460401c166101a0860152818160c01c166101c08601528060e01c6101e0860152818460601c16610200860152818460801c16610220860152818460a01c16610240860152818360a01c16610260860152818360c01c1661028086015260a01c166102a08401528160c01c6102c084015260e01c6102e08301526001600160801b03600560043501541661030083015261141c60ff8260501c166119b9565b611429604051918261195f565b605082901c60ff16808252601f1990611441906119b9565b015f5b81811061177c5750506103208301525f5b60ff8260501c16811061171f575060ff906004803501546001600160801b03811661034085015260801c61036084015260581c16151561038082015261149c600435611c74565b6103a08201526040516020815260018060a01b03825116602082015260018060a01b03602083015116604082015260018060a01b0360408301511660608201526001600160601b036060830151166080820152608082015160a0820152602060a08301516103c060c08401528051918291826103e08601520161040084015e5f610400828401015260ff60c08401511660e083015260ff60e08401511661010083015260ff6101008401511661012083015261ffff61012084015116610140830152610140830151151561016083015260ff6101608401511661018083015260ff610180840151166101a083015261ffff6101a0840151166101c083015263ffffffff6101c0840151166101e083015263ffffffff6101e08401511661020083015263ffffffff6102008401511661022083015263ffffffff6102208401511661024083015263ffffffff6102408401511661026083015263ffffffff6102608401511661028083015263ffffffff610280840151166102a083015263ffffffff6102a0840151166102c083015267ffffffffffffffff6102c0840151166102e083015263ffffffff6102e0840151166103008301526001600160801b036103008401511661032083015261032083015190601f1961040084601f19601f8501168101030101610340840152602061042083519283610400601f19601f84011688010152601f80199101168501019201905f5b8181106116ee575050506103a0836103408495015161036085015261036081015161038085015261038081015115158285015201516103c08301520390f35b825180516001600160801b0316855260209081015163ffffffff1681860152604090940193909201916001016116af565b80611775816117356001946008600435016119d1565b506103208701519063ffffffff6040519161174f83611943565b546001600160801b038116835260801c16602082015261176f83836119f4565b526119f4565b5001611455565b60209060405161178b81611943565b5f81525f8382015282828601015201611444565b90505f9291925260205f20905f915b8183106117c75750509060206113129282010187611305565b60209193508060019154838588010152019101909183926117ae565b90506020925061131294915060ff191682840152151560051b82010187611305565b50610f9a576080366003190112610f9a5760043561182161192d565b906064356001600160a01b038116604435818303610f9a5760018401546001600160a01b031633036119175761185684611c74565b80421115611901575060048401936001600160801b038554169460ff825460581c16806118f9575b6118e65780546fffffffffffffffffffffffffffffffff19169055805460ff60581b1916600160581b1790556040518481527f223b12ab607ec2f061dec352893f3efd7762d44abdaca13fc7b25ef963bf8a5490602090a3816118dd57005b61106992611ccf565b82632d924c8b60e01b5f5260045260245ffd5b50851561187e565b9063041317bd60e51b5f5260045260245260445ffd5b6358ea1a2760e01b5f526004523360245260445ffd5b602435906001600160a01b0382168203610f9a57565b6040810190811067ffffffffffffffff821117610a4557604052565b90601f8019910116810190811067ffffffffffffffff821117610a4557604052565b90600182811c921680156119af575b602083101461199b57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691611990565b67ffffffffffffffff8111610a455760051b60200190565b60088210156119e05701905f90565b634e487b7160e01b5f52603260045260245ffd5b80518210156119e05760209160051b010190565b91908203918211610b8457565b6040516370a0823160e01b8152306004820152906001600160a01b03811690602083602481855afa928315611af2575f93611b2e575b50604051936323b872dd60e01b5f52336004523060245260445260205f60648180855af19060015f5114821615611b0f575b50836040525f60605215611afd57826024816020936370a0823160e01b82523060048301525afa8015611af2575f90611abe575b611abb9250611a08565b90565b506020823d602011611aea575b81611ad86020938361195f565b81010312610f9a57611abb9151611ab1565b3d9150611acb565b6040513d5f823e3d90fd5b635274afe760e01b5f5260045260245ffd5b6001821516611b25573b15153d1516165f611a7d565b843d5f823e3d90fd5b9092506020813d602011611b5a575b81611b4a6020938361195f565b81010312610f9a5751915f611a4b565b3d9150611b3d565b91908201809211610b8457565b3560ff81168103610f9a5790565b3561ffff81168103610f9a5790565b358015158103610f9a5790565b3563ffffffff81168103610f9a5790565b903590601e1981360301821215610f9a570180359067ffffffffffffffff8211610f9a57602001918160061b36038313610f9a57565b356001600160a01b0381168103610f9a5790565b356001600160601b0381168103610f9a5790565b3567ffffffffffffffff81168103610f9a5790565b356001600160801b0381168103610f9a5790565b903590601e1981360301821215610f9a570180359067ffffffffffffffff8211610f9a57602001918136038313610f9a57565b91908110156119e05760061b0190565b611abb9063ffffffff611cc46001611cb4845484611ca9611c9d828460601c168460c01c611b62565b828460801c1690611b62565b9160a01c1690611b62565b93015492828460a01c1690611b62565b9160c01c1690611b62565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615611d2f575b60405215611d0f5750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516611d4757823b15153d15161690611d04565b503d5f823e3d90fd",
}

// CampaignLib is an auto generated Go binding around an Ethereum contract.
type CampaignLib struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CampaignLib) GetABI() abi.ABI {
	return c.abi
}

// NewCampaignLib creates a new instance of CampaignLib.
func NewCampaignLib() *CampaignLib {
	parsed, err := CampaignLibMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CampaignLib{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CampaignLib) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// CampaignLibCampaignCreated represents a CampaignCreated event raised by the CampaignLib contract.
type CampaignLibCampaignCreated struct {
	CampaignId   *big.Int
	Requester    common.Address
	Arbiter      common.Address
	ManifestRoot [32]byte
	ManifestCid  string
	Raw          *types.Log // Blockchain specific contextual infos
}

const CampaignLibCampaignCreatedEventName = "CampaignCreated"

// ContractEventName returns the user-defined event name.
func (CampaignLibCampaignCreated) ContractEventName() string {
	return CampaignLibCampaignCreatedEventName
}

// UnpackCampaignCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CampaignCreated(uint256 indexed campaignId, address indexed requester, address indexed arbiter, bytes32 manifestRoot, string manifestCid)
func (campaignLib *CampaignLib) UnpackCampaignCreatedEvent(log *types.Log) (*CampaignLibCampaignCreated, error) {
	event := "CampaignCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != campaignLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CampaignLibCampaignCreated)
	if len(log.Data) > 0 {
		if err := campaignLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range campaignLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CampaignLibCampaignReclaimed represents a CampaignReclaimed event raised by the CampaignLib contract.
type CampaignLibCampaignReclaimed struct {
	CampaignId *big.Int
	To         common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CampaignLibCampaignReclaimedEventName = "CampaignReclaimed"

// ContractEventName returns the user-defined event name.
func (CampaignLibCampaignReclaimed) ContractEventName() string {
	return CampaignLibCampaignReclaimedEventName
}

// UnpackCampaignReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CampaignReclaimed(uint256 indexed campaignId, address indexed to, uint256 amount)
func (campaignLib *CampaignLib) UnpackCampaignReclaimedEvent(log *types.Log) (*CampaignLibCampaignReclaimed, error) {
	event := "CampaignReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != campaignLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CampaignLibCampaignReclaimed)
	if len(log.Data) > 0 {
		if err := campaignLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range campaignLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CampaignLibEscrowWithdrawn represents a EscrowWithdrawn event raised by the CampaignLib contract.
type CampaignLibEscrowWithdrawn struct {
	CampaignId *big.Int
	To         common.Address
	Amount     *big.Int
	Unreserved *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CampaignLibEscrowWithdrawnEventName = "EscrowWithdrawn"

// ContractEventName returns the user-defined event name.
func (CampaignLibEscrowWithdrawn) ContractEventName() string {
	return CampaignLibEscrowWithdrawnEventName
}

// UnpackEscrowWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowWithdrawn(uint256 indexed campaignId, address indexed to, uint256 amount, uint256 unreserved)
func (campaignLib *CampaignLib) UnpackEscrowWithdrawnEvent(log *types.Log) (*CampaignLibEscrowWithdrawn, error) {
	event := "EscrowWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != campaignLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CampaignLibEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := campaignLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range campaignLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CampaignLibFunded represents a Funded event raised by the CampaignLib contract.
type CampaignLibFunded struct {
	CampaignId *big.Int
	From       common.Address
	Amount     *big.Int
	Unreserved *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CampaignLibFundedEventName = "Funded"

// ContractEventName returns the user-defined event name.
func (CampaignLibFunded) ContractEventName() string {
	return CampaignLibFundedEventName
}

// UnpackFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Funded(uint256 indexed campaignId, address indexed from, uint256 amount, uint256 unreserved)
func (campaignLib *CampaignLib) UnpackFundedEvent(log *types.Log) (*CampaignLibFunded, error) {
	event := "Funded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != campaignLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CampaignLibFunded)
	if len(log.Data) > 0 {
		if err := campaignLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range campaignLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (campaignLib *CampaignLib) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], campaignLib.abi.Errors["CampaignNotOver"].ID.Bytes()[:4]) {
		return campaignLib.UnpackCampaignNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], campaignLib.abi.Errors["InsufficientUnreserved"].ID.Bytes()[:4]) {
		return campaignLib.UnpackInsufficientUnreservedError(raw[4:])
	}
	if bytes.Equal(raw[:4], campaignLib.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return campaignLib.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], campaignLib.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return campaignLib.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], campaignLib.abi.Errors["NothingToReclaim"].ID.Bytes()[:4]) {
		return campaignLib.UnpackNothingToReclaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], campaignLib.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return campaignLib.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CampaignLibCampaignNotOver represents a CampaignNotOver error raised by the CampaignLib contract.
type CampaignLibCampaignNotOver struct {
	CampaignId *big.Int
	CloseTime  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignNotOver(uint256 campaignId, uint256 closeTime)
func CampaignLibCampaignNotOverErrorID() common.Hash {
	return common.HexToHash("0x8262f7a0197fa878b753fe2f6755a9a6df9187c44782635d7dc06c5b29e14fc8")
}

// UnpackCampaignNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignNotOver(uint256 campaignId, uint256 closeTime)
func (campaignLib *CampaignLib) UnpackCampaignNotOverError(raw []byte) (*CampaignLibCampaignNotOver, error) {
	out := new(CampaignLibCampaignNotOver)
	if err := campaignLib.abi.UnpackIntoInterface(out, "CampaignNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CampaignLibInsufficientUnreserved represents a InsufficientUnreserved error raised by the CampaignLib contract.
type CampaignLibInsufficientUnreserved struct {
	CampaignId *big.Int
	Requested  *big.Int
	Available  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available)
func CampaignLibInsufficientUnreservedErrorID() common.Hash {
	return common.HexToHash("0x53b4ba34cfe05ac11024534bddc56c2a8a160d1480e9277987a44a4557f1c83c")
}

// UnpackInsufficientUnreservedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available)
func (campaignLib *CampaignLib) UnpackInsufficientUnreservedError(raw []byte) (*CampaignLibInsufficientUnreserved, error) {
	out := new(CampaignLibInsufficientUnreserved)
	if err := campaignLib.abi.UnpackIntoInterface(out, "InsufficientUnreserved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CampaignLibInvalidParameter represents a InvalidParameter error raised by the CampaignLib contract.
type CampaignLibInvalidParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameter(string name)
func CampaignLibInvalidParameterErrorID() common.Hash {
	return common.HexToHash("0xaa33ade0aeb9f98ab34de64dc8528f518998966a7f9fcee11b746b769d506aa5")
}

// UnpackInvalidParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameter(string name)
func (campaignLib *CampaignLib) UnpackInvalidParameterError(raw []byte) (*CampaignLibInvalidParameter, error) {
	out := new(CampaignLibInvalidParameter)
	if err := campaignLib.abi.UnpackIntoInterface(out, "InvalidParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CampaignLibNotRequester represents a NotRequester error raised by the CampaignLib contract.
type CampaignLibNotRequester struct {
	CampaignId *big.Int
	Caller     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(uint256 campaignId, address caller)
func CampaignLibNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x58ea1a27407401864a918fa847903579fcf7f4b36fc5216ff0e5f1c572fd9ffa")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(uint256 campaignId, address caller)
func (campaignLib *CampaignLib) UnpackNotRequesterError(raw []byte) (*CampaignLibNotRequester, error) {
	out := new(CampaignLibNotRequester)
	if err := campaignLib.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CampaignLibNothingToReclaim represents a NothingToReclaim error raised by the CampaignLib contract.
type CampaignLibNothingToReclaim struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToReclaim(uint256 campaignId)
func CampaignLibNothingToReclaimErrorID() common.Hash {
	return common.HexToHash("0x2d924c8be737b4689d110b7acfac76889bcce03af7d945d084f30e65b639a9d0")
}

// UnpackNothingToReclaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToReclaim(uint256 campaignId)
func (campaignLib *CampaignLib) UnpackNothingToReclaimError(raw []byte) (*CampaignLibNothingToReclaim, error) {
	out := new(CampaignLibNothingToReclaim)
	if err := campaignLib.abi.UnpackIntoInterface(out, "NothingToReclaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CampaignLibSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the CampaignLib contract.
type CampaignLibSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func CampaignLibSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (campaignLib *CampaignLib) UnpackSafeERC20FailedOperationError(raw []byte) (*CampaignLibSafeERC20FailedOperation, error) {
	out := new(CampaignLibSafeERC20FailedOperation)
	if err := campaignLib.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubMetaData contains all meta data concerning the KappaHub contract.
var KappaHubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"}],\"name\":\"AssignTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadRequestSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"BalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"CampaignClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"CampaignEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closeTime\",\"type\":\"uint256\"}],\"name\":\"CampaignNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"ChunkTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"ClaimWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"CommitWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DisputeExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DisputeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"EmptyCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"FinalizeTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"GoldMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"distinct\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"GoldNotStratified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"GoldRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientUnreserved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"InvalidChunk\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"InvalidChunkProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"}],\"name\":\"InvalidLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"InvalidSeat\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"LabelsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"LaneBusy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"}],\"name\":\"NoRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"}],\"name\":\"NotDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotReviewer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"NotSeatHolder\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToBurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"NothingToReclaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"probed\",\"type\":\"uint256\"}],\"name\":\"ProbeIncomplete\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"ReputationTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"atBlock\",\"type\":\"uint256\"}],\"name\":\"RequestPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"RevealTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"RevealWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReviewerIsAnnotator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"}],\"name\":\"ReviewersFirst\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"SeatTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"SeatsAssigned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"SeatsPicked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"StaleRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooMuchGold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"UnknownCampaign\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"UnknownLane\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongChunk\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongLabelCount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"}],\"name\":\"CampaignCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CampaignReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tier\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"goldCommitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"openedAt\",\"type\":\"uint256\"}],\"name\":\"ChunkOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"}],\"name\":\"ChunkReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimedAt\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealAt\",\"type\":\"uint256\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"DisputesExpired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"}],\"name\":\"EscrowWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"accepted\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"disputeMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"goldRevealed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"RequestClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remainingDisputes\",\"type\":\"uint256\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"labelDoc\",\"type\":\"bytes32\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"atBlock\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"SeatRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumReputationRegistry.Reason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"matched\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"missed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"stake\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"repDelta\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGREE_GAIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ASSIGN_BLOCKS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BURN_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMMIT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DISAGREE_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOLD_MISS_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LAPSE_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_K\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LANES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPUTATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_DISPUTE_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NO_REVEAL_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REQUEST_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"START_REPUTATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tasksPaid\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chunkId\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"size\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"tasksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"goldCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.ChunkLeaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[][]\",\"name\":\"recs\",\"type\":\"uint256[][]\"}],\"name\":\"assign\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"campaignCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"campaignInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"reputationSource\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"q\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"labelBits\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"numLabels\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"multiLabel\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxGoldMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxGold\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"lanes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nextChunk\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"goldWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"reviewWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"endTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seniorReputation\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"reviewerFee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"reward\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minReputation\",\"type\":\"uint32\"}],\"internalType\":\"structKappaHub.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"closeTime\",\"type\":\"uint256\"}],\"internalType\":\"structKappaHub.CampaignInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"chunkTaken\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.SignedClaim[]\",\"name\":\"claims\",\"type\":\"tuple[]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chunkId\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"size\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"tasksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"goldCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.ChunkLeaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claimOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"labelDoc\",\"type\":\"bytes32\"}],\"name\":\"commitAndReveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.SignedCommit[]\",\"name\":\"commits\",\"type\":\"tuple[]\"}],\"name\":\"commitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"reputationSource\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"q\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"labelBits\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"numLabels\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"multiLabel\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxGoldMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxGold\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"lanes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"goldWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"reviewWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"endTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seniorReputation\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"reviewerFee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"reward\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minReputation\",\"type\":\"uint32\"}],\"internalType\":\"structKappaHub.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"internalType\":\"structKappaHub.CampaignParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"createCampaign\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"reputationSource\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"q\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"labelBits\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"numLabels\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"multiLabel\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxGoldMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxGold\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"lanes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"goldWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"reviewWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"endTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seniorReputation\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"reviewerFee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"reward\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minReputation\",\"type\":\"uint32\"}],\"internalType\":\"structKappaHub.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"internalType\":\"structKappaHub.CampaignParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"createCampaignWithPermit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"creditedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"bool\",\"name\":\"present\",\"type\":\"bool\"},{\"internalType\":\"uint256[]\",\"name\":\"mask\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.Gold\",\"name\":\"gold\",\"type\":\"tuple\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"laneHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"laneHashes\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"reclaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"ledger\",\"type\":\"address\"}],\"name\":\"reputationOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"}],\"name\":\"requestOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"atBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"requestSeat\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.SignedRequest[]\",\"name\":\"reqs\",\"type\":\"tuple[]\"}],\"name\":\"requestSeatBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"finalLabels\",\"type\":\"uint256[]\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"labelDoc\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"labelDoc\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.SeatReveal[]\",\"name\":\"reveals\",\"type\":\"tuple[]\"}],\"name\":\"revealBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"}],\"name\":\"settleExpired\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unburned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"keep\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawUnreserved\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "f66bb8764734ff24f7bfa856f4957fe692",
	Bin: "0x60a0346100cf57601f614ee538819003918201601f19168301916001600160401b038311848410176100d3578084926020946040528339810103126100cf57516001600160a01b0381168082036100cf57156100a157608052604051614dfd90816100e8823960805181818161036b01528181610421015281816113770152818161184601528181611d6c01528181611f3b015281816131fc01526132d30152f35b6040516305519d6f60e51b81526020600482015260056024820152643a37b5b2b760d91b6044820152606490fd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f5f3560e01c80630a800d5b1461241d5780630c0c2ec5146123b8578063128528321461233b57806324556f921461230257806324977265146122af5780632555872e146120d957806326f5ac241461209657806327a2084a14611fb657806328bbe5cd14611f9957806328ed4f6c14611ece57806329e9cb4c14611eb25780632d1d2c1314611e945780632d2a8d9c14611e5957806337479beb14611e1e5780633e4c6ab014611e025780633fa5378614611de557806344df8e7014611d1a5780634fb18d1714611cfe57806352b65c4b14611ce25780636b0509b114611ca75780637274e30d14611c89578063766c5f2514611c6d57806377a8be3a14611c4057806378ab64d814611a565780637dc701a314611a3a5780638086b8ba146119e857806386440599146119a65780638c6d73f9146118b25780638f9da7b5146117c65780639e39b73e1461178b578063a65e2cfd1461174e578063ae98659e146115c6578063b6b55f251461134e578063bb2238ec14610c33578063c5735bee14610bd8578063cbeab51614610bbb578063cc31640114610b45578063cc59c36d146109d5578063cd33009f14610977578063d213c0f214610959578063d5f70cb0146108ec578063d85ae8d2146106d8578063da88ec831461060e578063e700f219146105f2578063ee003f55146105ac578063f1050d6f14610503578063f3fef3a31461039a578063fc0c546a14610355578063fccc281314610338578063fd361ccb146102695763fec1ea501461024b575f80fd5b34610266578060031936011261026657602060405160038152f35b80fd5b50346102665760203660031901126102665760043561ffff61028a82613d8a565b5460401c166102b161029b82612c78565b916102a96040519384612b5a565b808352612c78565b602082019290601f1901368437835b82518110156102f45760019082865260056020526040862081875260205260408620546102ed8286612acb565b52016102c0565b505090604051928392602084019060208552518091526040840192915b81811061031f575050500390f35b8251845285945060209384019390920191600101610311565b5034610266578060031936011261026657602060405161dead8152f35b50346102665780600319360112610266576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5034610266576040366003190112610266576103b4612973565b602435906103c0613197565b8291338452836020526040842054906001600160801b0382168181116104d8575b50505081156104c55760018060a01b0316806040518381527fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb60203392a37f0000000000000000000000000000000000000000000000000000000000000000916040519163a9059cbb60e01b855260045260245260208360448180865af19060018451148216156104a4575b604052156104895750805f516020614ddd5f395f51905f525d80f35b635274afe760e01b82526001600160a01b0316600452602490fd5b9060018115166104bc57823b15153d1516169061046d565b503d83823e3d90fd5b636e34ee0b60e11b835233600452602483fd5b6104ef929450906104e89161318a565b809361318a565b3384528360205260408420555f80806103e1565b50346102665760a0366003190112610266576004356001600160401b0381116105a85761032060031982360301126105a8576044359060ff821682036105a45791610575602093610552613197565b61056d610304820135946084359060643590602435886131f8565b600401613353565b9180610594575b505f516020614ddd5f395f51905f525d604051908152f35b61059e9083613284565b5f61057c565b8280fd5b5080fd5b5034610266576020366003190112610266576105ef6004356105cd81613db7565b818452600760209081526040808620335f818152919093522054929091613e08565b80f35b5034610266578060031936011261026657602060405160058152f35b5034610266576106409061062136612a25565b9990949795610632879593956131cc565b9860ff8a54169189896136ef565b966001600160401b0361065289612a8a565b5116610672610668878d888833878e3046614c25565b33858c8b8761388c565b64ffffffffff6106818a612a8a565b5160881c16156106c65750916105ef9899939188876106a09795613ada565b9190915f52600560205260405f20906020815160051b910120915f5260205260405f2055565b63ee66961960e01b8a52600452602489fd5b503461026657610708906106eb366129cd565b94926106fa8498929398613118565b9760ff8954169186866136ef565b936001600160401b0361071a86612a8a565b5116966107256137af565b91875b81811061075c57886105ef8989899190915f52600560205260405f20906020815160051b910120915f5260205260405f2055565b610767818387612adf565b6020810135908142116108d45780359160ff8654168310156108bd5764ffffffffff6107928c612a8a565b5160601c166001600160ff1b03841684036108a9578360011b60020180600211610895578e6108429493610832938f8e946107cc91612acb565b51906040519360208501957f216a30202268c2a39fe3f382131afb5503f53051e569227c1e551dc64645fe9087526040860152606085015288608085015260a084015260c083015260e082015260e0815261082961010082612b5a565b51902088613847565b6040606083013592013590613864565b5060048193929310156108815761086a5760019291610864918b8b8b8961406c565b01610728565b633afd402b60e11b8b5260048c905260245260448afd5b634e487b7160e01b8c52602160045260248cfd5b634e487b7160e01b8e52601160045260248efd5b634e487b7160e01b8d52601160045260248dfd5b60448c848f634ab40a2760e01b8352600452602452fd5b630f88f04960e41b8b5260048c90523560245260448afd5b5034610266576080366003190112610266576004356044356024356001600160401b038211610955576105ef926106a061092d610946943690600401612909565b949061093884613118565b9560ff8754169186866136ef565b9333908585856064359361406c565b8380fd5b50346102665780600319360112610266576020604051620f42408152f35b50346102665760a0366003190112610266576004356044356024356001600160401b038211610955576105ef926106a06109b86109c3943690600401612909565b9490610938846131cc565b9360843590339086856064359261388c565b50346102665760c036600319011261026657806004356044356001600160401b038111610b4157610a0a903690600401612909565b916064356001600160401b038111610b3d57610a2a903690600401612909565b60a4356001600160401b038111610b3957610a49903690600401612909565b929073__$7b65e44a11e94d799e0f12e3e3f0bfc444$__93610a6a86613d8a565b92868a52600560205260408a2094863b15610b35578a986040519a8b998a988998630672178f60e41b8a5260048a015260248901528b60448901526064880160019052608488015260243560a488015260c487016101409052610144870190610ad292612b7b565b906003198683030160e4870152610ae892612b7b565b9060843561010485015260031984830301610124850152610b0892612b7b565b03915af48015610b2a57610b195750f35b81610b2391612b5a565b6102665780f35b6040513d84823e3d90fd5b8a80fd5b8680fd5b8480fd5b5050fd5b50346102665761012036600319011261026657610b6061295d565b60a03660431901126105a85760e4356001600160401b0381116105a457610b8b903690600401612909565b9161010435926001600160401b038411610b3d57610bb06105ef943690600401612909565b939092600435612cef565b50346102665780600319360112610266576020604051610e108152f35b5034610266576040366003190112610266576040610bf4612973565b916001600160a01b03610c0561295d565b1681526001602052209060018060a01b03165f526020526020610c2b60405f2054614dbd565b604051908152f35b503461026657602036600319011261026657806103a0604051610c5581612b0f565b828152826020820152826040820152826060820152826080820152606060a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a0820152826102c0820152826102e08201528261030082015260606103208201528261034082015282610360820152826103808201520152610d24600435613d8a565b9060405191634bec8adb60e11b83526004830152808260248173__$442ce66285050e5dfeef28f4ec0d0cbe97$__5af4918215611341578192610fce575b50604051906020825260018060a01b03835116602083015260018060a01b03602084015116604083015260018060a01b0360408401511660608301526001600160601b036060840151166080830152608083015160a0830152602060a08401516103c060c08501528051918291826103e08701520161040085015e816104008285010152601f8019910116820190610400820160ff60c08601511660e085015260ff60e08601511661010085015260ff6101008601511661012085015261ffff61012086015116610140850152610140850151151561016085015260ff6101608601511661018085015260ff610180860151166101a085015261ffff6101a0860151166101c085015263ffffffff6101c0860151166101e085015263ffffffff6101e08601511661020085015263ffffffff6102008601511661022085015263ffffffff6102208601511661024085015263ffffffff6102408601511661026085015263ffffffff6102608601511661028085015263ffffffff610280860151166102a085015263ffffffff6102a0860151166102c08501526001600160401b036102c0860151166102e085015263ffffffff6102e0860151166103008501526001600160801b0361030086015116610320850152602061042061032087015194601f1961040088830301016103408801528551809452019301915b818110610f9d575050506103a0836103408495015161036085015261036081015161038085015261038081015115158285015201516103c08301520390f35b825180516001600160801b0316855260209081015163ffffffff168186015260409094019390920191600101610f5e565b9091503d8083833e610fe08183612b5a565b8101906020818303126105a4578051906001600160401b03821161095557016103c0818303126105a4576040519161101783612b0f565b61102082612c15565b835261102e60208301612c15565b602084015261103f60408301612c15565b604084015260608201516001600160601b0381168103610b3d5760608401526080820151608084015260a08201516001600160401b038111610b3d57820181601f82011215610b3d578051906001600160401b03821161132d578590604051926110b36020601f19601f8401160185612b5a565b80845284602082840101116105a4578060208093018386015e8301015260a08401526110e160c08301612c29565b60c08401526110f260e08301612c29565b60e08401526111046101008301612c29565b6101008401526111176101208301612c37565b61012084015261112a6101408301612c46565b61014084015261113d6101608301612c29565b6101608401526111506101808301612c29565b6101808401526111636101a08301612c37565b6101a08401526111766101c08301612c53565b6101c08401526111896101e08301612c53565b6101e084015261119c6102008301612c53565b6102008401526111af6102208301612c53565b6102208401526111c26102408301612c53565b6102408401526111d56102608301612c53565b6102608401526111e86102808301612c53565b6102808401526111fb6102a08301612c53565b6102a08401526102c08201516001600160401b0381168103610b3d576102c084015261122a6102e08301612c53565b6102e084015261123d6103008301612c64565b6103008401526103208201516001600160401b038111610b3d57820181601f82011215610b3d5780519061127082612c78565b9261127e6040519485612b5a565b82845260208085019360061b8301019181831161132957602001925b8284106112ea5750505050906103a0916103208401526103408101516103408401526103608101516103608401526112d56103808201612c46565b61038084015201516103a0820152905f610d62565b604084830312611329576020604091825161130481612b3f565b61130d87612c64565b815261131a838801612c53565b8382015281520193019261129a565b8780fd5b634e487b7160e01b86526041600452602486fd5b50604051903d90823e3d90fd5b503461026657602036600319011261026657611368613197565b60405163c8f4f39360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166004808301919091523560248201529060208260448173__$442ce66285050e5dfeef28f4ec0d0cbe97$__5af491821561134157819261158e575b508161150e575b809181611467575b82604051936114535750600783525f60208401525f604084015260608301525f60808301525f60a083015260c08201525f807fb8f37a1ae603de4890df401a44188bc0071f81cccddc890659a77ce37f02fc0060e03394a45f5f516020614ddd5f395f51905f525d005b634e487b7160e01b81526021600452602490fd5b6001600160a01b0383165f90815260016020908152604080832033845290915290205490915061149690614dbd565b8281129190821583166114e75791611506575b620f424082136114fb575b600182018083116114e7576001600160a01b0384165f9081526001602090815260408083203384529091529020556113e9565b634e487b7160e01b84526011600452602484fd5b620f424091506114b4565b8291506114a9565b335f9081526020819052604090205491611531816001600160801b038516612b02565b6001600160801b03811161157b57829361155b846001600160401b038060a01b9360a01c16612b02565b60a01b161760018060a01b0333165f525f60205260405f205591506113e1565b63b323377560e01b835233600452602483fd5b9091506020813d6020116115be575b816115aa60209383612b5a565b810103126115ba5751905f6113da565b5f80fd5b3d915061159d565b503461026657604036600319011261026657600435906024356001600160401b0381116105a8576115fb90369060040161299d565b909261160681613db7565b61160e6137af565b92845b81811061161c578580f35b611627818389612adf565b602081013590814211611737578061083261169292359360405160208101917f9856db8cd9eef5cf12ff9191584654c526f001eaf629594896623b134093bf7583528a604083015286606083015260808201526080815261168960a082612b5a565b51902089613847565b509186895260076020526040892060018060a01b0383165f5260205260405f20549260048110156117235715908115916116f5575b506116e157600192916116db918787613e08565b01611611565b63543b5cc560e01b88526004839052602488fd5b90508260401c906001820180921161170f5714155f6116c7565b634e487b7160e01b8a52601160045260248afd5b634e487b7160e01b8a52602160045260248afd5b60448884630f88f04960e41b825281600452602452fd5b50346102665761177861176036612947565b90611769613197565b611772816131cc565b50613284565b805f516020614ddd5f395f51905f525d80f35b503461026657806003193601126102665760206040517f9856db8cd9eef5cf12ff9191584654c526f001eaf629594896623b134093bf758152f35b503461026657606036600319011261026657806044356001600160a01b0381169060043590829003610b41576117fa613197565b73__$442ce66285050e5dfeef28f4ec0d0cbe97$__90611819816131cc565b91803b15610b3d57849260a4916040519586948593633f8e306f60e21b8552600485015260018060a01b037f00000000000000000000000000000000000000000000000000000000000000001660248501526044840152602435606484015260848301525af48015610b2a5761189d575b505f516020614ddd5f395f51905f525d80f35b816118a791612b5a565b61026657805f61188a565b50346102665760803660031901126102665760043590602435906044356001600160401b0381116105a8576118eb903690600401612909565b906064356001600160401b038111610955579061191061192a95923690600401612909565b95909161191c886131cc565b9460ff86541691858a6136ef565b9336829003607e190192815b87811015611980578060051b84013585811215610955579061197a8a60019387016119646020820182612be0565b908b8d6060850135956040860135953592613ada565b01611936565b505f8881526005602081815260408084208a5190931b828b012094845291905290205580f35b5034610266576020366003190112610266576020906001600160801b03906040906001600160a01b036119d7612973565b168152808452205416604051908152f35b50346102665760203660031901126102665760409081906001600160a01b03611a0f612973565b1681528060205220546001600160401b038251916001600160801b038116835260a01c166020820152f35b50346102665780600319360112610266576020604051600a8152f35b50346102665760a0366003190112610266576004356044356001600160401b0381116105a457611a8a903690600401612909565b906064356001600160401b038111610b3d57611aaa903690600401612909565b9190608435926001600160401b038411610b395783600401926080600319863603011261132957611ada87613d8a565b9587895260056020526040892097808a52600660205260408a20604051998a996338fef5ff60e01b8b5260048b015260248a01526044890152896064890152608488016001905260a488015260243560c488015260e487016101409052610144870190611b4692612b7b565b9060031986830301610104870152611b5d92612b7b565b8381036003190161012485015290611b7481612b9f565b15158252611b856024840182612bac565b60208401608090526080840190611b9b92612b7b565b9060448401611ba991612bac565b8383036040850152611bbb9291612b7b565b91606401359060600152038173__$7b65e44a11e94d799e0f12e3e3f0bfc444$__91815a93602094f4908115610b2a578291611c0e575b5080611bfc575080f35b611c0890600254612b02565b60025580f35b90506020813d602011611c38575b81611c2960209383612b5a565b810103126115ba57515f611bf2565b3d9150611c1c565b5034610266576040602091611c5436612947565b9082526005845282822090825283522054604051908152f35b5034610266578060031936011261026657602060405160018152f35b50346102665780600319360112610266576020600354604051908152f35b503461026657806003193601126102665760206040517f216a30202268c2a39fe3f382131afb5503f53051e569227c1e551dc64645fe908152f35b50346102665780600319360112610266576020604051603c8152f35b5034610266578060031936011261026657602060405160648152f35b5034610266578060031936011261026657611d33613197565b6002548015611dd657816002557fd83c63197e8e676d80ab0122beba9a9d20f3828839e9a1d6fe81d242e9cd7e6e6020604051838152a17f0000000000000000000000000000000000000000000000000000000000000000906040519063a9059cbb60e01b845261dead60045260245260208360448180865af19060018451148216156104a457604052156104895750805f516020614ddd5f395f51905f525d80f35b634c3215c360e11b8252600482fd5b503461026657806003193601126102665760206040516101008152f35b5034610266578060031936011261026657602060405160088152f35b503461026657806003193601126102665760206040517f9acbf29bcae0f88f4849e6f357f016c08f873dc7befbda551423fa54097f49758152f35b50346102665760203660031901126102665760406004611e798135613d8a565b01548151906001600160801b038116825260801c6020820152f35b50346102665780600319360112610266576020600254604051908152f35b5034610266578060031936011261026657602060405160028152f35b50346102665760403660031901126102665780600435611eec61295d565b90611ef5613197565b73__$442ce66285050e5dfeef28f4ec0d0cbe97$__90611f1481613d8a565b91803b15610b3d57604051630ff4e05560e31b815260048101939093526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166024850152604484019290925292166064820152908290829060849082905af48015610b2a5761189d57505f516020614ddd5f395f51905f525d80f35b503461026657806003193601126102665760206040516104008152f35b50346115ba5760603660031901126115ba576004356044356001600160401b0381116115ba57611fea903690600401612909565b9173__$7b65e44a11e94d799e0f12e3e3f0bfc444$__61200982613d8a565b825f52600560205260405f2090823b156115ba5761206b5f9560405197889687958695634cf7c18560e01b87526004870152602486015288604486015260016064860152608485015260243560a485015260e060c485015260e4840191612b7b565b03915af4801561208b5761207d575080f35b61208991505f90612b5a565b005b6040513d5f823e3d90fd5b346115ba576120896120d16106a06120ad36612a25565b9599889a6120c38a9b999b9793979694966131cc565b9260ff845416918c8c6136ef565b998a91613ada565b346115ba576120e7366129cd565b93926121076120f78794976131cc565b9160ff83541697889187876136ef565b946001600160401b0361211987612a8a565b5116905f5b818110612151576120898888889190915f52600560205260405f20906020815160051b910120915f5260205260405f2055565b61215c818387612adf565b80358a811015612299576001600160ff1b0381168103612285578060011b600201806002116122855761218f908b612acb565b519061221161219c6137af565b936108326020820135958c60405160208101917f9acbf29bcae0f88f4849e6f357f016c08f873dc7befbda551423fa54097f4975835260408201528b606082015286608082015264ffffffffff8860a01c1660a08201528860c082015260c0815261220860e082612b5a565b51902090613847565b50600481949294101561227157159081159161225a575b50612244579161223e91600194938c8b8a61388c565b0161211e565b85633afd402b60e11b5f5260045260245260445ffd5b6001600160a01b038481169116141590508d612228565b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b84634ab40a2760e01b5f5260045260245260445ffd5b346115ba5760403660031901126115ba576122c861295d565b6004355f52600760205260405f209060018060a01b03165f526020526040805f20548151906001600160401b0381168252821c6020820152f35b346115ba57602061231236612947565b905f526006825260405f208160081c5f52825260405f2054600160ff60405193161b1615158152f35b346115ba5760203660031901126115ba576004356001600160401b0381116115ba5761032060031982360301126115ba57602090612377613197565b61030461238682600401613353565b910135806123a8575b505f5f516020614ddd5f395f51905f525d604051908152f35b6123b29082613284565b8261238f565b346115ba5760c03660031901126115ba5760643560243560043560ff831683036115ba5761240661240b936123eb613197565b6123f4836131cc565b5060a4359060843590604435866131f8565b613284565b5f5f516020614ddd5f395f51905f525d005b346115ba576101003660031901126115ba5760243560043560a03660431901126115ba5760e4356001600160401b0381116115ba57612460903690600401612909565b919061246b82613118565b80548060c01c4210156128f65760401c61ffff168510156128e357825f52600560205260405f20855f52602052600160405f2054036128d057604435926001600160401b038416918285141594856115ba576064359160ff8316918284036115ba576084359261ffff8416928385036115ba578a999260c4359360405160208101908b825285604082015287606082015260a43560808201528660a082015260a0815261251960c082612b5a565b5190206040516020810191825260208152612535604082612b5a565b5190206006840154905f9d8e5b1015612580578d60051b8d0135908181105f1461256f575f52602052600160405f205b9d019c8e8e612542565b905f52602052600160405f20612565565b8f9c50036128bd5760ff835460501c1684108015906128b5575b80156128aa575b80156128a2575b612888576115ba57600160ff82161b90885f52600660205266ffffffffffffff60405f209160081c1690815f5260205260405f20549082821661287557895f52600660205260405f20905f526020521760405f205561260a866008830161317b565b509263ffffffff6040519461261e86612b3f565b546001600160801b038116865260801c16936126436020820195808752338c86614c91565b82549061267e6126786126646001600160801b0360ff861694511684612aef565b6001600160801b0360058801541690612b02565b88612aef565b936004810180546001600160801b03811680881161285b576126a8886001600160801b039261318a565b1690816001600160801b038916916001600160801b0319161760801c016001600160801b0381116122855760801b6001600160801b03191617905560030154612700908c906126fa9060a01c8a612aef565b33614cdb565b60ff821603612285576101fe9060011b1660020194856002116122855789976127fe8760c0978c9a6127527f9dded27346995565f8745752ac6984e932bae69042090a571bddb9edbfb922739b612c78565b926127606040519485612b5a565b80845261276f601f1991612c78565b01366020850137600160581b9163ffffffff60d81b905160d81b16908d61ffff60481b4260601b9260481b169060ff60401b8860401b1617171717176127b482612a8a565b52846127bf82612aab565b52334260a01b17600160c81b176127d582612abb565b528d8a9190915f52600560205260405f20906020815160051b910120915f5260205260405f2055565b50604051938b855260208501526040840152606083015260808201524260a0820152a36040519283525f60208401524260408401527f42b88dafd23de24a099cc2c110b2e37eaa10be250570eb00e63348e5bbdd054f60603394a4005b878e63bef22b9d60e01b5f5260045260245260445260645ffd5b8a637931482560e01b5f5260045260245ffd5b8992506115ba57506326858e7f60e01b5f5260045260245ffd5b5084156125a8565b5061010086116125a1565b50851561259a565b89631713d4d560e01b5f5260045260245ffd5b8463f737070f60e01b5f5260045260245ffd5b8463c5ec162360e01b5f5260045260245ffd5b83632684b44f60e11b5f5260045260245ffd5b9181601f840112156115ba578235916001600160401b0383116115ba576020808501948460051b0101116115ba57565b359060ff821682036115ba57565b60409060031901126115ba576004359060243590565b602435906001600160a01b03821682036115ba57565b600435906001600160a01b03821682036115ba57565b35906001600160a01b03821682036115ba57565b9181601f840112156115ba578235916001600160401b0383116115ba576020808501948460071b0101116115ba57565b60806003198201126115ba5760043591602435916044356001600160401b0381116115ba57816129ff91600401612909565b92909291606435906001600160401b0382116115ba57612a219160040161299d565b9091565b9060e06003198301126115ba5760043591602435916044356001600160401b0381116115ba5782612a5891600401612909565b9290929160643591608435906001600160401b0382116115ba57612a7e91600401612909565b909160a4359060c43590565b805115612a975760200190565b634e487b7160e01b5f52603260045260245ffd5b805160011015612a975760400190565b805160021015612a975760600190565b8051821015612a975760209160051b010190565b9190811015612a975760071b0190565b8181029291811591840414171561228557565b9190820180921161228557565b6103c081019081106001600160401b03821117612b2b57604052565b634e487b7160e01b5f52604160045260245ffd5b604081019081106001600160401b03821117612b2b57604052565b90601f801991011681019081106001600160401b03821117612b2b57604052565b81835290916001600160fb1b0383116115ba5760209260051b809284830137010190565b359081151582036115ba57565b9035601e19823603018112156115ba5701602081359101916001600160401b0382116115ba578160051b360383136115ba57565b903590601e19813603018212156115ba57018035906001600160401b0382116115ba57602001918160051b360383136115ba57565b51906001600160a01b03821682036115ba57565b519060ff821682036115ba57565b519061ffff821682036115ba57565b519081151582036115ba57565b519063ffffffff821682036115ba57565b51906001600160801b03821682036115ba57565b6001600160401b038111612b2b5760051b60200190565b9060018060a01b03165f52600160205260405f209060018060a01b03165f52602052612cbe60405f2054614dbd565b90565b600160ff1b8114612285575f0390565b8115612cdb570690565b634e487b7160e01b5f52601260045260245ffd5b9394919092612cfd85613d8a565b915f94865f52600760205260405f2060018060a01b0382165f5260205260405f2054976001600160401b0389169889156130f55760028a01808b11612285578043106130df57505f8981526007602090815260408083206001600160a01b0387168452909152902067ffffffffffffffff1982169055600386015460a01c996101008101808211612285574311612f7d5760018060a01b0384169a8b8a5289602052612dae60408b20918254612b02565b9055865460ff8160581c161580612f71575b612dfb575b50505050505050505060207f741f89b095a29b65dc996176730d8444b554b7a35c8ab4e9d615bd52062ab78391604051908152a3565b61ffff9060409c939495989b96999c9a979a1c169260018201809211612f5d57612e5891849160405190602082019240835288604083015285606083015260401c608082015260808152612e5060a082612b5a565b519020612cd1565b90855b8b811015612f2957612e7684612e718386612b02565b612cd1565b86885260056020526040882081895260205260016040892054145f14612ec3578a8a60448b8f948b612ea79661450f565b612eb5576001905b01612e5b565b505050505050505050505050565b9a809c9b80612ef48b612eed8b612edf8860051b8d018d612be0565b9060ff8954169687936136ef565b8095613eec565b908110612f09575050506001909b9a9b612eaf565b979a509a509a5050505050506106a0929150858585612f279961406c565b565b5099965050935050945092508110612f48578080808080808080612dc5565b604492633ddae62b60e21b8352600452602452fd5b634e487b7160e01b87526011600452602487fd5b508060c01c4210612dc0565b5050509796949350505050612f9182612cc1565b905f82126130c3575b5f8213156130bd57505f815b8061303a575b509160209183857fb8f37a1ae603de4890df401a44188bc0071f81cccddc890659a77ce37f02fc0060e098997f741f89b095a29b65dc996176730d8444b554b7a35c8ab4e9d615bd52062ab783975060018060a01b03169889946040519060088252858983015285604083015285606083015260808201528460a08201528460c0820152a4604051908152a3565b60018060a01b0387165f525f60205261306160405f2054916001600160801b038316612b02565b6001600160801b0381116130a1576001600160a01b0388165f9081526020818152604090912067ffffffffffffffff60a01b909316909117909155612fac565b63b323377560e01b83526001600160a01b038816600452602483fd5b5f612fa6565b6130d76130cf83612cc1565b600254612b02565b600255612f9a565b8963864d1ce160e01b5f5260045260245260445ffd5b630acdc03d60e41b5f90815260048a90526001600160a01b038416602452604490fd5b90613122826131cc565b9163ffffffff600284015460c01c166131385750565b636572a12560e11b5f5260045260245ffd5b356001600160401b03811681036115ba5790565b3560ff811681036115ba5790565b3561ffff811681036115ba5790565b6008821015612a975701905f90565b9190820391821161228557565b5f516020614ddd5f395f51905f525c6131bd5760015f516020614ddd5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b906131d682613d8a565b9160ff835460581c166131e65750565b632f37599d60e11b5f5260045260245ffd5b91937f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169391929091843b156115ba575f9460e493869260ff604051998a98899763d505accf60e01b89523360048a01523060248a01526044890152606488015216608486015260a485015260c48401525af161327a5750565b5f612f2791612b5a565b73__$442ce66285050e5dfeef28f4ec0d0cbe97$__90805f52600460205260405f2091803b156115ba575f926084916040519586948593633942d8c360e21b8552600485015260018060a01b037f0000000000000000000000000000000000000000000000000000000000000000166024850152604484015260648301525af4801561208b5761327a5750565b5f1981146122855760010190565b359061ffff821682036115ba57565b359063ffffffff821682036115ba57565b35906001600160801b03821682036115ba57565b9061335f600354613311565b80600355809273__$442ce66285050e5dfeef28f4ec0d0cbe97$__90825f52600460205260405f2092805f52600560205260405f20833b156115ba576040516001622845b160e11b03198152600481019590955260248501526044840152608060648401526001600160a01b036133d582612989565b1660848401526001600160a01b036133ef60208301612989565b1660a484015260408101356001600160601b0381168091036115ba5760c4840152606081013560e484015236819003601e1901906080810135828112156115ba5781016020813591016001600160401b0382116115ba5781360381136115ba578190610320610104880152816103a48801526103c48701375f6103c48287010152601f80199101168401916103c483019060ff61348e60a08501612939565b1661012487015260ff6134a360c08501612939565b1661014487015260ff6134b860e08501612939565b1661016487015261ffff6134cf610100850161331f565b166101848701526134e36101208401612b9f565b15156101a487015260ff6134fa6101408501612939565b166101c487015260ff6135106101608501612939565b166101e487015261ffff613527610180850161331f565b1661020487015263ffffffff6135406101a0850161332e565b1661022487015263ffffffff6135596101c0850161332e565b1661024487015263ffffffff6135726101e0850161332e565b1661026487015263ffffffff61358b610200850161332e565b1661028487015263ffffffff6135a4610220850161332e565b166102a487015263ffffffff6135bd610240850161332e565b166102c487015263ffffffff6135d6610260850161332e565b166102e48701526102808301356001600160401b0381168091036115ba5761030487015263ffffffff61360c6102a0850161332e565b166103248701526001600160801b036136286102c0850161333f565b166103448701526102e0830135908112156115ba57820190602082359201936001600160401b0383116115ba578260061b360385136115ba57868103610340016103648801529082905285936103e490910192915f5b8181106136aa57505050825f94926103008293013561038483015203915af4801561208b5761327a5750565b91945091926040806001926001600160801b036136c68961333f565b16815263ffffffff6136da60208a0161332e565b1660208201520195019101918694939261367e565b5f90815260056020526040902091939092906001600160ff1b03811681036122855760011b6002018060021161228557810361379c5761372e81612c78565b9361373c6040519586612b5a565b81855260208501809260051b8201913683116115ba57905b82821061378c57505050835160051b902090825f5260205260405f20540361377a575090565b63a351454960e01b5f5260045260245ffd5b8135815260209182019101613754565b8263a351454960e01b5f5260045260245ffd5b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f965a6a37399d73edefeb3c1f796815ca7f9d128921ec451b20f6976392b3f47260408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261384160c082612b5a565b51902090565b6042916040519161190160f01b8352600283015260228201522090565b613885926001600160ff1b038116929160ff91821c601b0190911690614d3b565b9192909190565b92919092549460ff8616916138a081612a8a565b51906001600160401b0382169684861015613aa857600186901b906001600160ff1b038716870361228557816002019081600211612285576138e28285612acb565b516001600160a01b039182169b909182168c14801590613a9a575b613a8357600160ff8360c81c1614801590613a72575b613a5b5763ffffffff6139349160801c1664ffffffffff8360a01c16612b02565b4211613a44578515613a315760ff60c81b1916600160c91b17906139589084612acb565b52600301806003116122855761396f849183612acb565b525f935f5f5b8281106139dd57509160609593917f073e8a9a495f5bf2c69b18545812af384191dd3a0fdb51376e6ed0c90f865715979593146139c2575b505060405192835260208301526040820152a4565b9092506139d542934260881b1791612a8a565b525f806139ad565b6001600160ff1b0381168103612285578060011b600201806002116122855760ff613a0a60029287612acb565b5160c81c1614613a1d575b600101613975565b90613a29600191613311565b919050613a15565b8963217d034b60e21b5f5260045260245ffd5b878a63257c973f60e01b5f5260045260245260445ffd5b888b63ddcc733d60e01b5f5260045260245260445ffd5b50600160ff8760581c161415613913565b888b635e5625fd60e01b5f5260045260245260445ffd5b5060ff8260c81c16156138fd565b8588634ab40a2760e01b5f5260045260245260445ffd5b91906001600160fb1b0381116115ba5760051b809282370190565b9597969194939094613aeb81612a8a565b516001600160401b03811697549060ff8216861015613d73576001600160ff1b0386168603612285578560011b600201908160021161228557613b2e8285612acb565b519260ff8460c81c16600381148015613d69575b613d5257600214801590613d41575b613d2a5764ffffffffff8260881c168015613cdf575b613b7b9063ffffffff8360a01c1690612b02565b4211613ccc5760101c60ff168015612cdb576101000490613ba490829060481c61ffff16612b02565b5f198101908111612285578115612cdb5704808803613cb2575098996001600160a01b0382169990613bdd908689878e8e8e3046614c25565b918660011b600301928360031161228557613bf88486612acb565b5103613c9b577fd18ff9cb2478dbdf3dde18abacf55af168f0f7c08c960ff07ee43208f1da877f97969594613c909490939092613c769260ff60c81b1916600360c81b1790613c479085612acb565b526040516020810190613c6d81613c5f848d8a613abf565b03601f198101835282612b5a565b51902092612acb565b526040519485948552606060208601526060850191612b7b565b9060408301520390a4565b868a6379ce97db60e01b5f5260045260245260445ffd5b878a635e52baa360e11b5f5260045260245260445260645ffd5b8a6310f64c5f60e31b5f5260045260245ffd5b50613d10613d0063ffffffff8360601c1664ffffffffff8560601c16612b02565b63ffffffff8360801c1690612b02565b804211613b67578b63ee66961960e01b5f5260045260245ffd5b878b6338935fc760e01b5f5260045260245260445ffd5b50600160ff8360581c161415613b51565b888c6312b3a2d160e01b5f5260045260245260445ffd5b5060048114613b42565b8589634ab40a2760e01b5f5260045260245260445ffd5b90815f52600460205260405f209160ff83541615613da55750565b6312a1ae2760e11b5f5260045260245ffd5b90613dc1826131cc565b9163ffffffff600284015460c01c1615613df657825460c01c421015613de45750565b632684b44f60e11b5f5260045260245ffd5b636fe39f3d60e01b5f5260045260245ffd5b9091926001600160401b03811680613ed6575060401c9060018201809211612285576003015460a01c9260018060a01b031692835f525f60205260405f20546001600160801b038116828110613ebb575091613e876040927ffd7ce055269a12630fd64512dca980aba2014cc5bdc1f1e0e6f1313e69d7b45c9461318a565b855f525f602052825f2055835f526007602052815f20855f52602052815f2081831b431790558151904382526020820152a3565b9050635ac0ebdd60e01b5f525f60045260245260445260645ffd5b836304507dcf60e11b5f5260045260245260445ffd5b9291835460ff8116948590613f0085612a8a565b51600160ff8260581c1614801590614047575b61403f5760d81c63ffffffff16801515918261401d575b5050614016575f5b818110613f40575050505050565b6001600160ff1b0381168103612285578060011b6002018060021161228557613f699086612acb565b5160ff8160c81c16801591821591828093614001575b613ff457858b149384613fa6575b50505050613f9e575b600101613f32565b955085613f96565b93509091613fba575b50505f808080613f8d565b600114915081613fcd575b505f80613faf565b613fec915064ffffffffff63ffffffff8660801c169160a01c16612b02565b42115f613fc5565b5093985050505050505050565b506001600160a01b0382811690891614613f7f565b9450505050565b60030154909150614037906001600160a01b031685612c8f565b105f80613f2a565b505050505050565b5061406563ffffffff8560601c1664ffffffffff8360601c16612b02565b4211613f13565b9491939092938554945f9660ff87169661408583612a8a565b516001600160401b03811698600160ff8360581c16036144fc576140bc63ffffffff8460601c1664ffffffffff8460601c16612b02565b42116144fc57808710156144e5575f5b81811061446f575050600186901b926001600160ff1b038716870361228557836002019283600211612285576141028487612acb565b519060ff8260c81c16806141de575b5050506141478261ffff60038d946141388d63ffffffff61414d9960d81c16908884614c91565b015460a01c9160481c16612aef565b88614cdb565b6001600160a01b0386164260a01b17600160c81b179061416d9084612acb565b5260030190816003116141ca5791876141ab606095937f42b88dafd23de24a099cc2c110b2e37eaa10be250570eb00e63348e5bbdd054f9795612acb565b5260405197508752602087015242604087015260018060a01b031694a4565b634e487b7160e01b88526011600452602488fd5b916001819f9e931491821592614447575b5050614430575f9b9c60018060a01b036001840154169060018060a01b03169161422f61422a600386015460a01c61ffff8860481c16612aef565b612cc1565b9d8e81811261441c575b131561441357505f9c8d91815b80614390575b506001600160a01b0381165f90815260016020526040902060018060a01b0385165f5260205261427f60405f2054614dbd565b6009198101936009198512911290801582169115161761437c578e8312614374575b620f42408313614369575b600183019081841161435457948f948f8f7fb8f37a1ae603de4890df401a44188bc0071f81cccddc890659a77ce37f02fc0060e06141479961414d9c9961ffff9960039961430b889f60018060a01b03165f52600160205260405f2090565b60018060a01b038a165f5260205260405f2055604051928a84528060208501528060408501526060840152608083015260091960a083015260c0820152a4945050819450614111565b50634e487b7160e01b8f52601160045260248ffd5b620f424092506142ac565b8e92506142a1565b634e487b7160e01b8f52601160045260248ffd5b9091925060018060a01b0384165f525f6020526143bb60405f2054916001600160801b038316612b02565b6001600160801b0381116143fe576001600160a01b0385165f90815260208190526040812067ffffffffffffffff60a01b9093169091179091558e92919061424c565b5063b323377560e01b8f52600484905260248ffd5b9c8d915f614246565b6144286130cf82612cc1565b600255614239565b878b632c37e10160e01b5f5260045260245260445ffd5b614465925060801c63ffffffff169060a01c64ffffffffff16612b02565b4211158d5f6141ef565b6001600160ff1b0381168103612285578060011b60020180600211612285576144989087612acb565b516001600160a01b038a811691908116821490816144d5575b506144bf57506001016140cc565b8b6302a4851560e61b5f5260045260245260445ffd5b60ff915060c81c1615155f6144b1565b868a634ab40a2760e01b5f5260045260245260445ffd5b89638fb6d68760e01b5f5260045260245ffd5b949394929192600281019586549363ffffffff8560c01c168560e01c905b808210614ad6575b811015614ac857806001600160401b0361454e8561314a565b1603614aa15794918998926145628261314a565b9660208301926145718461315e565b9560408201996145808b61316c565b9761ffff60808501359960ff604051936001600160401b036020860196168652166040840152166060820152606084013560808201528860a082015260a081526145cb60c082612b5a565b51902060405160208101918252602081526145e7604082612b5a565b5190206006890154905f9e8f5b1015614632578d8f60051b0135908181105f14614621575f52602052600160405f205b9e019d8f8f6145f4565b905f52602052600160405f20614617565b9295989b9e509295989b509295989b5003614a7d5761ffff6146538b61316c565b1661465d8661315e565b60ff808b5460501c1691161090811591614a74575b8115614a68575b508015614a60575b614a3c57600888019363ffffffff6146a161469b8861315e565b8761317b565b505460801c168015159081614a1a575b50614a0a5760018401809411612285576001600160e01b031660e09390931b6001600160e01b031916929092179091556146ea9061314a565b916146fe6001600160401b0384169861316c565b9161ffff831693600160ff82161b90895f52600660205266ffffffffffffff60405f209160081c1690815f5260205260405f2054908282166149f757906147689392918b5f52600660205260405f20905f526020521760405f20556147628361315e565b9061317b565b509063ffffffff6040519261477c84612b3f565b546001600160801b038116845260801c16916147a16020820193808552878c8b614c91565b8754906147dc6147d66147c26001600160801b0360ff861694511684612aef565b6001600160801b0360058d01541690612b02565b87612aef565b986004810180546001600160801b038116808d116149dd57908c6001600160801b0361480982829561318a565b1692839116916001600160801b0319161760801c016001600160801b0381116122855760801b6001600160801b03191617905560030154614859908c906148539060a01c89612aef565b89614cdb565b60ff821603612285576101fe9060011b166002019283600211612285577f42b88dafd23de24a099cc2c110b2e37eaa10be250570eb00e63348e5bbdd054f976060978b9660ff61499a8f95966149958f9a7f9dded27346995565f8745752ac6984e932bae69042090a571bddb9edbfb922739a60c09a8e6148d984612c78565b936148e76040519586612b5a565b8085526148f6601f1991612c78565b0136602086013760ff60401b61490b8761315e565b60401b161790600160581b9263ffffffff60d81b905160d81b169161ffff60481b4260601b9260481b161717171761494282612a8a565b528661494d82612aab565b526001600160a01b038e164260a01b17600160c81b1761496c82612abb565b52888c9190915f52600560205260405f20906020815160051b910120915f5260205260405f2055565b61315e565b60405195865216602085015260408401528883015260808201524260a0820152a3604080519687525f602088015242908701526001600160a01b031694a4600190565b8c8e63bef22b9d60e01b5f5260045260245260445260645ffd5b8b637931482560e01b5f5260045260245ffd5b5050505050505050505050505f90565b60038b0154909150614a35906001600160a01b031689612c8f565b105f6146b1565b6001600160401b03614a4d8361314a565b6326858e7f60e01b5f521660045260245ffd5b508615614681565b6101009150115f614679565b80159150614672565b6001600160401b03614a8e8361314a565b631713d4d560e01b5f521660045260245ffd5b6001600160401b03614ab28461314a565b63366f8b4f60e11b5f521660045260245260445ffd5b505050505050505050505f90565b90855f52600660205260405f208160081c5f5260205260405f20541960ff82161c80614b11575060ff1760018101809111612285579061452d565b801990600182018092116122855716905f198201828111612285577eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff7e0100010001000100010001000100010001000100010001000100010001000191614c1f947f55555555555555555555555555555555555555555555555555555555555555555f199260011c169003017f3333333333333333333333333333333333333333333333333333333333333333808260021c169116018060041c017f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f7e0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8260081c16911601160260f01c90612b02565b90614535565b979196929461384196614c7b929560409788519a8b9860208a019d8e526001600160601b03199060601b168a8a0152605489015260748801526001600160601b03199060601b16609487015260a8860191613abf565b9182526020820152036020810184520182612b5a565b90918315614cd557614cb091600360018060a01b039101541690612c8f565b90828210614cbd57505050565b634eb2fb8360e01b5f5260045260245260445260645ffd5b50505050565b6001600160a01b03165f8181526020819052604090205490926001600160801b03821690838210614d2057505090614d129161318a565b905f525f60205260405f2055565b909150635ac0ebdd60e01b5f5260045260245260445260645ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411614db2579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561208b575f516001600160a01b03811615614da857905f905f90565b505f906001905f90565b5050505f9160039190565b63ffffffff1680614dce5750606490565b5f198101908111612285579056fe9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
	Deps: []*bind.MetaData{
		&CampaignLibMetaData,
		&SettleLibMetaData,
	},
}

// KappaHub is an auto generated Go binding around an Ethereum contract.
type KappaHub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KappaHub) GetABI() abi.ABI {
	return c.abi
}

// NewKappaHub creates a new instance of KappaHub.
func NewKappaHub() *KappaHub {
	parsed, err := KappaHubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KappaHub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KappaHub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_) returns()
func (kappaHub *KappaHub) PackConstructor(token_ common.Address) []byte {
	enc, err := kappaHub.abi.Pack("", token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAGREEGAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766c5f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGREE_GAIN() view returns(uint256)
func (kappaHub *KappaHub) PackAGREEGAIN() []byte {
	enc, err := kappaHub.abi.Pack("AGREE_GAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGREEGAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766c5f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGREE_GAIN() view returns(uint256)
func (kappaHub *KappaHub) TryPackAGREEGAIN() ([]byte, error) {
	return kappaHub.abi.Pack("AGREE_GAIN")
}

// UnpackAGREEGAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x766c5f25.
//
// Solidity: function AGREE_GAIN() view returns(uint256)
func (kappaHub *KappaHub) UnpackAGREEGAIN(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("AGREE_GAIN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackASSIGNBLOCKS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fa53786.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ASSIGN_BLOCKS() view returns(uint256)
func (kappaHub *KappaHub) PackASSIGNBLOCKS() []byte {
	enc, err := kappaHub.abi.Pack("ASSIGN_BLOCKS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackASSIGNBLOCKS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fa53786.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ASSIGN_BLOCKS() view returns(uint256)
func (kappaHub *KappaHub) TryPackASSIGNBLOCKS() ([]byte, error) {
	return kappaHub.abi.Pack("ASSIGN_BLOCKS")
}

// UnpackASSIGNBLOCKS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3fa53786.
//
// Solidity: function ASSIGN_BLOCKS() view returns(uint256)
func (kappaHub *KappaHub) UnpackASSIGNBLOCKS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("ASSIGN_BLOCKS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (kappaHub *KappaHub) PackBURNADDRESS() []byte {
	enc, err := kappaHub.abi.Pack("BURN_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (kappaHub *KappaHub) TryPackBURNADDRESS() ([]byte, error) {
	return kappaHub.abi.Pack("BURN_ADDRESS")
}

// UnpackBURNADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (kappaHub *KappaHub) UnpackBURNADDRESS(data []byte) (common.Address, error) {
	out, err := kappaHub.abi.Unpack("BURN_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0509b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) PackCLAIMTYPEHASH() []byte {
	enc, err := kappaHub.abi.Pack("CLAIM_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0509b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) TryPackCLAIMTYPEHASH() ([]byte, error) {
	return kappaHub.abi.Pack("CLAIM_TYPEHASH")
}

// UnpackCLAIMTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b0509b1.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) UnpackCLAIMTYPEHASH(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("CLAIM_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCOMMITTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37479beb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COMMIT_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) PackCOMMITTYPEHASH() []byte {
	enc, err := kappaHub.abi.Pack("COMMIT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOMMITTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37479beb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COMMIT_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) TryPackCOMMITTYPEHASH() ([]byte, error) {
	return kappaHub.abi.Pack("COMMIT_TYPEHASH")
}

// UnpackCOMMITTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37479beb.
//
// Solidity: function COMMIT_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) UnpackCOMMITTYPEHASH(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("COMMIT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDISAGREELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29e9cb4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DISAGREE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackDISAGREELOSS() []byte {
	enc, err := kappaHub.abi.Pack("DISAGREE_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDISAGREELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29e9cb4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DISAGREE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackDISAGREELOSS() ([]byte, error) {
	return kappaHub.abi.Pack("DISAGREE_LOSS")
}

// UnpackDISAGREELOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29e9cb4c.
//
// Solidity: function DISAGREE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackDISAGREELOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("DISAGREE_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGOLDMISSLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe700f219.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOLD_MISS_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackGOLDMISSLOSS() []byte {
	enc, err := kappaHub.abi.Pack("GOLD_MISS_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOLDMISSLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe700f219.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOLD_MISS_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackGOLDMISSLOSS() ([]byte, error) {
	return kappaHub.abi.Pack("GOLD_MISS_LOSS")
}

// UnpackGOLDMISSLOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe700f219.
//
// Solidity: function GOLD_MISS_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackGOLDMISSLOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("GOLD_MISS_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLAPSELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc701a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LAPSE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackLAPSELOSS() []byte {
	enc, err := kappaHub.abi.Pack("LAPSE_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLAPSELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc701a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LAPSE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackLAPSELOSS() ([]byte, error) {
	return kappaHub.abi.Pack("LAPSE_LOSS")
}

// UnpackLAPSELOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc701a3.
//
// Solidity: function LAPSE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackLAPSELOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("LAPSE_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4c6ab0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_K() view returns(uint256)
func (kappaHub *KappaHub) PackMAXK() []byte {
	enc, err := kappaHub.abi.Pack("MAX_K")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4c6ab0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_K() view returns(uint256)
func (kappaHub *KappaHub) TryPackMAXK() ([]byte, error) {
	return kappaHub.abi.Pack("MAX_K")
}

// UnpackMAXK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4c6ab0.
//
// Solidity: function MAX_K() view returns(uint256)
func (kappaHub *KappaHub) UnpackMAXK(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("MAX_K", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXLANES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28bbe5cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LANES() view returns(uint256)
func (kappaHub *KappaHub) PackMAXLANES() []byte {
	enc, err := kappaHub.abi.Pack("MAX_LANES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLANES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28bbe5cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LANES() view returns(uint256)
func (kappaHub *KappaHub) TryPackMAXLANES() ([]byte, error) {
	return kappaHub.abi.Pack("MAX_LANES")
}

// UnpackMAXLANES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28bbe5cd.
//
// Solidity: function MAX_LANES() view returns(uint256)
func (kappaHub *KappaHub) UnpackMAXLANES(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("MAX_LANES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd213c0f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) PackMAXREPUTATION() []byte {
	enc, err := kappaHub.abi.Pack("MAX_REPUTATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd213c0f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) TryPackMAXREPUTATION() ([]byte, error) {
	return kappaHub.abi.Pack("MAX_REPUTATION")
}

// UnpackMAXREPUTATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd213c0f2.
//
// Solidity: function MAX_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) UnpackMAXREPUTATION(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("MAX_REPUTATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbeab516.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_DISPUTE_WINDOW() view returns(uint256)
func (kappaHub *KappaHub) PackMINDISPUTEWINDOW() []byte {
	enc, err := kappaHub.abi.Pack("MIN_DISPUTE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbeab516.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_DISPUTE_WINDOW() view returns(uint256)
func (kappaHub *KappaHub) TryPackMINDISPUTEWINDOW() ([]byte, error) {
	return kappaHub.abi.Pack("MIN_DISPUTE_WINDOW")
}

// UnpackMINDISPUTEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbeab516.
//
// Solidity: function MIN_DISPUTE_WINDOW() view returns(uint256)
func (kappaHub *KappaHub) UnpackMINDISPUTEWINDOW(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("MIN_DISPUTE_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52b65c4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (kappaHub *KappaHub) PackMINWINDOW() []byte {
	enc, err := kappaHub.abi.Pack("MIN_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52b65c4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (kappaHub *KappaHub) TryPackMINWINDOW() ([]byte, error) {
	return kappaHub.abi.Pack("MIN_WINDOW")
}

// UnpackMINWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52b65c4b.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (kappaHub *KappaHub) UnpackMINWINDOW(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("MIN_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNOREVEALLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfec1ea50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NO_REVEAL_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackNOREVEALLOSS() []byte {
	enc, err := kappaHub.abi.Pack("NO_REVEAL_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNOREVEALLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfec1ea50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NO_REVEAL_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackNOREVEALLOSS() ([]byte, error) {
	return kappaHub.abi.Pack("NO_REVEAL_LOSS")
}

// UnpackNOREVEALLOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfec1ea50.
//
// Solidity: function NO_REVEAL_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackNOREVEALLOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("NO_REVEAL_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREQUESTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e39b73e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REQUEST_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) PackREQUESTTYPEHASH() []byte {
	enc, err := kappaHub.abi.Pack("REQUEST_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREQUESTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e39b73e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REQUEST_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) TryPackREQUESTTYPEHASH() ([]byte, error) {
	return kappaHub.abi.Pack("REQUEST_TYPEHASH")
}

// UnpackREQUESTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e39b73e.
//
// Solidity: function REQUEST_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) UnpackREQUESTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("REQUEST_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSTARTREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fb18d17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function START_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) PackSTARTREPUTATION() []byte {
	enc, err := kappaHub.abi.Pack("START_REPUTATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTARTREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fb18d17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function START_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) TryPackSTARTREPUTATION() ([]byte, error) {
	return kappaHub.abi.Pack("START_REPUTATION")
}

// UnpackSTARTREPUTATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fb18d17.
//
// Solidity: function START_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) UnpackSTARTREPUTATION(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("START_REPUTATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountOf(address account) view returns(uint256 credited, uint256 tasksPaid)
func (kappaHub *KappaHub) PackAccountOf(account common.Address) []byte {
	enc, err := kappaHub.abi.Pack("accountOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountOf(address account) view returns(uint256 credited, uint256 tasksPaid)
func (kappaHub *KappaHub) TryPackAccountOf(account common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("accountOf", account)
}

// AccountOfOutput serves as a container for the return parameters of contract
// method AccountOf.
type AccountOfOutput struct {
	Credited  *big.Int
	TasksPaid *big.Int
}

// UnpackAccountOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8086b8ba.
//
// Solidity: function accountOf(address account) view returns(uint256 credited, uint256 tasksPaid)
func (kappaHub *KappaHub) UnpackAccountOf(data []byte) (AccountOfOutput, error) {
	out, err := kappaHub.abi.Unpack("accountOf", data)
	outstruct := new(AccountOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Credited = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TasksPaid = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackAssign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc316401.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function assign(uint256 campaignId, address annotator, (uint64,uint8,uint16,bytes32,bytes32) leaf, bytes32[] proof, uint256[][] recs) returns()
func (kappaHub *KappaHub) PackAssign(campaignId *big.Int, annotator common.Address, leaf KappaHubChunkLeaf, proof [][32]byte, recs [][]*big.Int) []byte {
	enc, err := kappaHub.abi.Pack("assign", campaignId, annotator, leaf, proof, recs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAssign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc316401.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function assign(uint256 campaignId, address annotator, (uint64,uint8,uint16,bytes32,bytes32) leaf, bytes32[] proof, uint256[][] recs) returns()
func (kappaHub *KappaHub) TryPackAssign(campaignId *big.Int, annotator common.Address, leaf KappaHubChunkLeaf, proof [][32]byte, recs [][]*big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("assign", campaignId, annotator, leaf, proof, recs)
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44df8e70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn() returns()
func (kappaHub *KappaHub) PackBurn() []byte {
	enc, err := kappaHub.abi.Pack("burn")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44df8e70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn() returns()
func (kappaHub *KappaHub) TryPackBurn() ([]byte, error) {
	return kappaHub.abi.Pack("burn")
}

// PackCampaignCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7274e30d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function campaignCount() view returns(uint256)
func (kappaHub *KappaHub) PackCampaignCount() []byte {
	enc, err := kappaHub.abi.Pack("campaignCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCampaignCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7274e30d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function campaignCount() view returns(uint256)
func (kappaHub *KappaHub) TryPackCampaignCount() ([]byte, error) {
	return kappaHub.abi.Pack("campaignCount")
}

// UnpackCampaignCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7274e30d.
//
// Solidity: function campaignCount() view returns(uint256)
func (kappaHub *KappaHub) UnpackCampaignCount(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("campaignCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCampaignInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb2238ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function campaignInfo(uint256 campaignId) view returns((address,address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256,uint256,bool,uint256) info)
func (kappaHub *KappaHub) PackCampaignInfo(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("campaignInfo", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCampaignInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb2238ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function campaignInfo(uint256 campaignId) view returns((address,address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256,uint256,bool,uint256) info)
func (kappaHub *KappaHub) TryPackCampaignInfo(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("campaignInfo", campaignId)
}

// UnpackCampaignInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb2238ec.
//
// Solidity: function campaignInfo(uint256 campaignId) view returns((address,address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256,uint256,bool,uint256) info)
func (kappaHub *KappaHub) UnpackCampaignInfo(data []byte) (KappaHubCampaignInfo, error) {
	out, err := kappaHub.abi.Unpack("campaignInfo", data)
	if err != nil {
		return *new(KappaHubCampaignInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(KappaHubCampaignInfo)).(*KappaHubCampaignInfo)
	return out0, nil
}

// PackChunkTaken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24556f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chunkTaken(uint256 campaignId, uint256 chunkId) view returns(bool)
func (kappaHub *KappaHub) PackChunkTaken(campaignId *big.Int, chunkId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("chunkTaken", campaignId, chunkId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChunkTaken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24556f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chunkTaken(uint256 campaignId, uint256 chunkId) view returns(bool)
func (kappaHub *KappaHub) TryPackChunkTaken(campaignId *big.Int, chunkId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("chunkTaken", campaignId, chunkId)
}

// UnpackChunkTaken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24556f92.
//
// Solidity: function chunkTaken(uint256 campaignId, uint256 chunkId) view returns(bool)
func (kappaHub *KappaHub) UnpackChunkTaken(data []byte) (bool, error) {
	out, err := kappaHub.abi.Unpack("chunkTaken", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f70cb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat) returns()
func (kappaHub *KappaHub) PackClaim(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("claim", campaignId, lane, rec, seat)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f70cb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat) returns()
func (kappaHub *KappaHub) TryPackClaim(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("claim", campaignId, lane, rec, seat)
}

// PackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd85ae8d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimBatch(uint256 campaignId, uint256 lane, uint256[] rec, (uint256,uint256,bytes32,bytes32)[] claims) returns()
func (kappaHub *KappaHub) PackClaimBatch(campaignId *big.Int, lane *big.Int, rec []*big.Int, claims []KappaHubSignedClaim) []byte {
	enc, err := kappaHub.abi.Pack("claimBatch", campaignId, lane, rec, claims)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd85ae8d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimBatch(uint256 campaignId, uint256 lane, uint256[] rec, (uint256,uint256,bytes32,bytes32)[] claims) returns()
func (kappaHub *KappaHub) TryPackClaimBatch(campaignId *big.Int, lane *big.Int, rec []*big.Int, claims []KappaHubSignedClaim) ([]byte, error) {
	return kappaHub.abi.Pack("claimBatch", campaignId, lane, rec, claims)
}

// PackClaimOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a800d5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimOpen(uint256 campaignId, uint256 lane, (uint64,uint8,uint16,bytes32,bytes32) leaf, bytes32[] proof) returns()
func (kappaHub *KappaHub) PackClaimOpen(campaignId *big.Int, lane *big.Int, leaf KappaHubChunkLeaf, proof [][32]byte) []byte {
	enc, err := kappaHub.abi.Pack("claimOpen", campaignId, lane, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a800d5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimOpen(uint256 campaignId, uint256 lane, (uint64,uint8,uint16,bytes32,bytes32) leaf, bytes32[] proof) returns()
func (kappaHub *KappaHub) TryPackClaimOpen(campaignId *big.Int, lane *big.Int, leaf KappaHubChunkLeaf, proof [][32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("claimOpen", campaignId, lane, leaf, proof)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd33009f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, bytes32 commitment) returns()
func (kappaHub *KappaHub) PackCommit(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, commitment [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("commit", campaignId, lane, rec, seat, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd33009f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, bytes32 commitment) returns()
func (kappaHub *KappaHub) TryPackCommit(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, commitment [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("commit", campaignId, lane, rec, seat, commitment)
}

// PackCommitAndReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda88ec83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitAndReveal(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, uint256[] labels, bytes32 salt, bytes32 labelDoc) returns()
func (kappaHub *KappaHub) PackCommitAndReveal(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, labels []*big.Int, salt [32]byte, labelDoc [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("commitAndReveal", campaignId, lane, rec, seat, labels, salt, labelDoc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitAndReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda88ec83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitAndReveal(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, uint256[] labels, bytes32 salt, bytes32 labelDoc) returns()
func (kappaHub *KappaHub) TryPackCommitAndReveal(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, labels []*big.Int, salt [32]byte, labelDoc [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("commitAndReveal", campaignId, lane, rec, seat, labels, salt, labelDoc)
}

// PackCommitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2555872e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBatch(uint256 campaignId, uint256 lane, uint256[] rec, (uint256,bytes32,bytes32,bytes32)[] commits) returns()
func (kappaHub *KappaHub) PackCommitBatch(campaignId *big.Int, lane *big.Int, rec []*big.Int, commits []KappaHubSignedCommit) []byte {
	enc, err := kappaHub.abi.Pack("commitBatch", campaignId, lane, rec, commits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2555872e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBatch(uint256 campaignId, uint256 lane, uint256[] rec, (uint256,bytes32,bytes32,bytes32)[] commits) returns()
func (kappaHub *KappaHub) TryPackCommitBatch(campaignId *big.Int, lane *big.Int, rec []*big.Int, commits []KappaHubSignedCommit) ([]byte, error) {
	return kappaHub.abi.Pack("commitBatch", campaignId, lane, rec, commits)
}

// PackCreateCampaign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12852832.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCampaign((address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p) returns(uint256 campaignId)
func (kappaHub *KappaHub) PackCreateCampaign(p KappaHubCampaignParams) []byte {
	enc, err := kappaHub.abi.Pack("createCampaign", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCampaign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12852832.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCampaign((address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p) returns(uint256 campaignId)
func (kappaHub *KappaHub) TryPackCreateCampaign(p KappaHubCampaignParams) ([]byte, error) {
	return kappaHub.abi.Pack("createCampaign", p)
}

// UnpackCreateCampaign is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x12852832.
//
// Solidity: function createCampaign((address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p) returns(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCreateCampaign(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("createCampaign", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateCampaignWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1050d6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCampaignWithPermit((address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 campaignId)
func (kappaHub *KappaHub) PackCreateCampaignWithPermit(p KappaHubCampaignParams, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("createCampaignWithPermit", p, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCampaignWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1050d6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCampaignWithPermit((address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 campaignId)
func (kappaHub *KappaHub) TryPackCreateCampaignWithPermit(p KappaHubCampaignParams, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("createCampaignWithPermit", p, deadline, v, r, s)
}

// UnpackCreateCampaignWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1050d6f.
//
// Solidity: function createCampaignWithPermit((address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCreateCampaignWithPermit(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("createCampaignWithPermit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreditedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86440599.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creditedOf(address account) view returns(uint256)
func (kappaHub *KappaHub) PackCreditedOf(account common.Address) []byte {
	enc, err := kappaHub.abi.Pack("creditedOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreditedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86440599.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creditedOf(address account) view returns(uint256)
func (kappaHub *KappaHub) TryPackCreditedOf(account common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("creditedOf", account)
}

// UnpackCreditedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86440599.
//
// Solidity: function creditedOf(address account) view returns(uint256)
func (kappaHub *KappaHub) UnpackCreditedOf(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("creditedOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (kappaHub *KappaHub) PackDeposit(amount *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (kappaHub *KappaHub) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("deposit", amount)
}

// PackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2a8d9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowOf(uint256 campaignId) view returns(uint256 unreserved, uint256 reserved)
func (kappaHub *KappaHub) PackEscrowOf(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("escrowOf", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2a8d9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowOf(uint256 campaignId) view returns(uint256 unreserved, uint256 reserved)
func (kappaHub *KappaHub) TryPackEscrowOf(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("escrowOf", campaignId)
}

// EscrowOfOutput serves as a container for the return parameters of contract
// method EscrowOf.
type EscrowOfOutput struct {
	Unreserved *big.Int
	Reserved   *big.Int
}

// UnpackEscrowOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d2a8d9c.
//
// Solidity: function escrowOf(uint256 campaignId) view returns(uint256 unreserved, uint256 reserved)
func (kappaHub *KappaHub) UnpackEscrowOf(data []byte) (EscrowOfOutput, error) {
	out, err := kappaHub.abi.Unpack("escrowOf", data)
	outstruct := new(EscrowOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Unreserved = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Reserved = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78ab64d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, (bool,uint256[],uint256[],bytes32) gold) returns()
func (kappaHub *KappaHub) PackFinalize(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, gold KappaHubGold) []byte {
	enc, err := kappaHub.abi.Pack("finalize", campaignId, lane, rec, labels, gold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78ab64d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, (bool,uint256[],uint256[],bytes32) gold) returns()
func (kappaHub *KappaHub) TryPackFinalize(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, gold KappaHubGold) ([]byte, error) {
	return kappaHub.abi.Pack("finalize", campaignId, lane, rec, labels, gold)
}

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65e2cfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund(uint256 campaignId, uint256 amount) returns()
func (kappaHub *KappaHub) PackFund(campaignId *big.Int, amount *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("fund", campaignId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65e2cfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund(uint256 campaignId, uint256 amount) returns()
func (kappaHub *KappaHub) TryPackFund(campaignId *big.Int, amount *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("fund", campaignId, amount)
}

// PackFundWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c0c2ec5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundWithPermit(uint256 campaignId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaHub *KappaHub) PackFundWithPermit(campaignId *big.Int, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("fundWithPermit", campaignId, amount, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c0c2ec5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundWithPermit(uint256 campaignId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaHub *KappaHub) TryPackFundWithPermit(campaignId *big.Int, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("fundWithPermit", campaignId, amount, deadline, v, r, s)
}

// PackLaneHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77a8be3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function laneHash(uint256 campaignId, uint256 lane) view returns(bytes32)
func (kappaHub *KappaHub) PackLaneHash(campaignId *big.Int, lane *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("laneHash", campaignId, lane)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLaneHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77a8be3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function laneHash(uint256 campaignId, uint256 lane) view returns(bytes32)
func (kappaHub *KappaHub) TryPackLaneHash(campaignId *big.Int, lane *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("laneHash", campaignId, lane)
}

// UnpackLaneHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77a8be3a.
//
// Solidity: function laneHash(uint256 campaignId, uint256 lane) view returns(bytes32)
func (kappaHub *KappaHub) UnpackLaneHash(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("laneHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLaneHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd361ccb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function laneHashes(uint256 campaignId) view returns(bytes32[] hashes)
func (kappaHub *KappaHub) PackLaneHashes(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("laneHashes", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLaneHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd361ccb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function laneHashes(uint256 campaignId) view returns(bytes32[] hashes)
func (kappaHub *KappaHub) TryPackLaneHashes(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("laneHashes", campaignId)
}

// UnpackLaneHashes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd361ccb.
//
// Solidity: function laneHashes(uint256 campaignId) view returns(bytes32[] hashes)
func (kappaHub *KappaHub) UnpackLaneHashes(data []byte) ([][32]byte, error) {
	out, err := kappaHub.abi.Unpack("laneHashes", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28ed4f6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaim(uint256 campaignId, address to) returns()
func (kappaHub *KappaHub) PackReclaim(campaignId *big.Int, to common.Address) []byte {
	enc, err := kappaHub.abi.Pack("reclaim", campaignId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28ed4f6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaim(uint256 campaignId, address to) returns()
func (kappaHub *KappaHub) TryPackReclaim(campaignId *big.Int, to common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("reclaim", campaignId, to)
}

// PackReputationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5735bee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputationOf(address account, address ledger) view returns(uint256)
func (kappaHub *KappaHub) PackReputationOf(account common.Address, ledger common.Address) []byte {
	enc, err := kappaHub.abi.Pack("reputationOf", account, ledger)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5735bee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputationOf(address account, address ledger) view returns(uint256)
func (kappaHub *KappaHub) TryPackReputationOf(account common.Address, ledger common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("reputationOf", account, ledger)
}

// UnpackReputationOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5735bee.
//
// Solidity: function reputationOf(address account, address ledger) view returns(uint256)
func (kappaHub *KappaHub) UnpackReputationOf(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("reputationOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24977265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestOf(uint256 campaignId, address annotator) view returns(uint256 atBlock, uint256 count)
func (kappaHub *KappaHub) PackRequestOf(campaignId *big.Int, annotator common.Address) []byte {
	enc, err := kappaHub.abi.Pack("requestOf", campaignId, annotator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24977265.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestOf(uint256 campaignId, address annotator) view returns(uint256 atBlock, uint256 count)
func (kappaHub *KappaHub) TryPackRequestOf(campaignId *big.Int, annotator common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("requestOf", campaignId, annotator)
}

// RequestOfOutput serves as a container for the return parameters of contract
// method RequestOf.
type RequestOfOutput struct {
	AtBlock *big.Int
	Count   *big.Int
}

// UnpackRequestOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24977265.
//
// Solidity: function requestOf(uint256 campaignId, address annotator) view returns(uint256 atBlock, uint256 count)
func (kappaHub *KappaHub) UnpackRequestOf(data []byte) (RequestOfOutput, error) {
	out, err := kappaHub.abi.Unpack("requestOf", data)
	outstruct := new(RequestOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AtBlock = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Count = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRequestSeat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee003f55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestSeat(uint256 campaignId) returns()
func (kappaHub *KappaHub) PackRequestSeat(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("requestSeat", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestSeat is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee003f55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestSeat(uint256 campaignId) returns()
func (kappaHub *KappaHub) TryPackRequestSeat(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("requestSeat", campaignId)
}

// PackRequestSeatBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae98659e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestSeatBatch(uint256 campaignId, (uint256,uint256,bytes32,bytes32)[] reqs) returns()
func (kappaHub *KappaHub) PackRequestSeatBatch(campaignId *big.Int, reqs []KappaHubSignedRequest) []byte {
	enc, err := kappaHub.abi.Pack("requestSeatBatch", campaignId, reqs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestSeatBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae98659e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestSeatBatch(uint256 campaignId, (uint256,uint256,bytes32,bytes32)[] reqs) returns()
func (kappaHub *KappaHub) TryPackRequestSeatBatch(campaignId *big.Int, reqs []KappaHubSignedRequest) ([]byte, error) {
	return kappaHub.abi.Pack("requestSeatBatch", campaignId, reqs)
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc59c36d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, uint256 taskMask, uint256[] finalLabels) returns()
func (kappaHub *KappaHub) PackResolve(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, taskMask *big.Int, finalLabels []*big.Int) []byte {
	enc, err := kappaHub.abi.Pack("resolve", campaignId, lane, rec, labels, taskMask, finalLabels)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc59c36d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, uint256 taskMask, uint256[] finalLabels) returns()
func (kappaHub *KappaHub) TryPackResolve(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, taskMask *big.Int, finalLabels []*big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("resolve", campaignId, lane, rec, labels, taskMask, finalLabels)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26f5ac24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, uint256[] labels, bytes32 salt, bytes32 labelDoc) returns()
func (kappaHub *KappaHub) PackReveal(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, labels []*big.Int, salt [32]byte, labelDoc [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("reveal", campaignId, lane, rec, seat, labels, salt, labelDoc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26f5ac24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, uint256[] labels, bytes32 salt, bytes32 labelDoc) returns()
func (kappaHub *KappaHub) TryPackReveal(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, labels []*big.Int, salt [32]byte, labelDoc [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("reveal", campaignId, lane, rec, seat, labels, salt, labelDoc)
}

// PackRevealBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c6d73f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealBatch(uint256 campaignId, uint256 lane, uint256[] rec, (uint256,uint256[],bytes32,bytes32)[] reveals) returns()
func (kappaHub *KappaHub) PackRevealBatch(campaignId *big.Int, lane *big.Int, rec []*big.Int, reveals []KappaHubSeatReveal) []byte {
	enc, err := kappaHub.abi.Pack("revealBatch", campaignId, lane, rec, reveals)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c6d73f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealBatch(uint256 campaignId, uint256 lane, uint256[] rec, (uint256,uint256[],bytes32,bytes32)[] reveals) returns()
func (kappaHub *KappaHub) TryPackRevealBatch(campaignId *big.Int, lane *big.Int, rec []*big.Int, reveals []KappaHubSeatReveal) ([]byte, error) {
	return kappaHub.abi.Pack("revealBatch", campaignId, lane, rec, reveals)
}

// PackSettleExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27a2084a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleExpired(uint256 campaignId, uint256 lane, uint256[] rec) returns()
func (kappaHub *KappaHub) PackSettleExpired(campaignId *big.Int, lane *big.Int, rec []*big.Int) []byte {
	enc, err := kappaHub.abi.Pack("settleExpired", campaignId, lane, rec)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27a2084a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleExpired(uint256 campaignId, uint256 lane, uint256[] rec) returns()
func (kappaHub *KappaHub) TryPackSettleExpired(campaignId *big.Int, lane *big.Int, rec []*big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("settleExpired", campaignId, lane, rec)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (kappaHub *KappaHub) PackToken() []byte {
	enc, err := kappaHub.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (kappaHub *KappaHub) TryPackToken() ([]byte, error) {
	return kappaHub.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (kappaHub *KappaHub) UnpackToken(data []byte) (common.Address, error) {
	out, err := kappaHub.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnburned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d1d2c13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unburned() view returns(uint256)
func (kappaHub *KappaHub) PackUnburned() []byte {
	enc, err := kappaHub.abi.Pack("unburned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnburned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d1d2c13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unburned() view returns(uint256)
func (kappaHub *KappaHub) TryPackUnburned() ([]byte, error) {
	return kappaHub.abi.Pack("unburned")
}

// UnpackUnburned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d1d2c13.
//
// Solidity: function unburned() view returns(uint256)
func (kappaHub *KappaHub) UnpackUnburned(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("unburned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3fef3a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address to, uint256 keep) returns()
func (kappaHub *KappaHub) PackWithdraw(to common.Address, keep *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("withdraw", to, keep)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3fef3a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address to, uint256 keep) returns()
func (kappaHub *KappaHub) TryPackWithdraw(to common.Address, keep *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("withdraw", to, keep)
}

// PackWithdrawUnreserved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9da7b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawUnreserved(uint256 campaignId, uint256 amount, address to) returns()
func (kappaHub *KappaHub) PackWithdrawUnreserved(campaignId *big.Int, amount *big.Int, to common.Address) []byte {
	enc, err := kappaHub.abi.Pack("withdrawUnreserved", campaignId, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawUnreserved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9da7b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawUnreserved(uint256 campaignId, uint256 amount, address to) returns()
func (kappaHub *KappaHub) TryPackWithdrawUnreserved(campaignId *big.Int, amount *big.Int, to common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("withdrawUnreserved", campaignId, amount, to)
}

// KappaHubBurned represents a Burned event raised by the KappaHub contract.
type KappaHubBurned struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const KappaHubBurnedEventName = "Burned"

// ContractEventName returns the user-defined event name.
func (KappaHubBurned) ContractEventName() string {
	return KappaHubBurnedEventName
}

// UnpackBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burned(uint256 amount)
func (kappaHub *KappaHub) UnpackBurnedEvent(log *types.Log) (*KappaHubBurned, error) {
	event := "Burned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubBurned)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubCampaignCreated represents a CampaignCreated event raised by the KappaHub contract.
type KappaHubCampaignCreated struct {
	CampaignId   *big.Int
	Requester    common.Address
	Arbiter      common.Address
	ManifestRoot [32]byte
	ManifestCid  string
	Raw          *types.Log // Blockchain specific contextual infos
}

const KappaHubCampaignCreatedEventName = "CampaignCreated"

// ContractEventName returns the user-defined event name.
func (KappaHubCampaignCreated) ContractEventName() string {
	return KappaHubCampaignCreatedEventName
}

// UnpackCampaignCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CampaignCreated(uint256 indexed campaignId, address indexed requester, address indexed arbiter, bytes32 manifestRoot, string manifestCid)
func (kappaHub *KappaHub) UnpackCampaignCreatedEvent(log *types.Log) (*KappaHubCampaignCreated, error) {
	event := "CampaignCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubCampaignCreated)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubCampaignReclaimed represents a CampaignReclaimed event raised by the KappaHub contract.
type KappaHubCampaignReclaimed struct {
	CampaignId *big.Int
	To         common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubCampaignReclaimedEventName = "CampaignReclaimed"

// ContractEventName returns the user-defined event name.
func (KappaHubCampaignReclaimed) ContractEventName() string {
	return KappaHubCampaignReclaimedEventName
}

// UnpackCampaignReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CampaignReclaimed(uint256 indexed campaignId, address indexed to, uint256 amount)
func (kappaHub *KappaHub) UnpackCampaignReclaimedEvent(log *types.Log) (*KappaHubCampaignReclaimed, error) {
	event := "CampaignReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubCampaignReclaimed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubChunkOpened represents a ChunkOpened event raised by the KappaHub contract.
type KappaHubChunkOpened struct {
	CampaignId     *big.Int
	ChunkId        *big.Int
	Lane           *big.Int
	Tier           *big.Int
	Size           *big.Int
	GoldCommitment [32]byte
	Reserved       *big.Int
	OpenedAt       *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const KappaHubChunkOpenedEventName = "ChunkOpened"

// ContractEventName returns the user-defined event name.
func (KappaHubChunkOpened) ContractEventName() string {
	return KappaHubChunkOpenedEventName
}

// UnpackChunkOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkOpened(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256 tier, uint256 size, bytes32 goldCommitment, uint256 reserved, uint256 openedAt)
func (kappaHub *KappaHub) UnpackChunkOpenedEvent(log *types.Log) (*KappaHubChunkOpened, error) {
	event := "ChunkOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubChunkOpened)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubChunkReleased represents a ChunkReleased event raised by the KappaHub contract.
type KappaHubChunkReleased struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Lane       *big.Int
	Released   *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubChunkReleasedEventName = "ChunkReleased"

// ContractEventName returns the user-defined event name.
func (KappaHubChunkReleased) ContractEventName() string {
	return KappaHubChunkReleasedEventName
}

// UnpackChunkReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkReleased(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256 released)
func (kappaHub *KappaHub) UnpackChunkReleasedEvent(log *types.Log) (*KappaHubChunkReleased, error) {
	event := "ChunkReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubChunkReleased)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubClaimed represents a Claimed event raised by the KappaHub contract.
type KappaHubClaimed struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Annotator  common.Address
	Lane       *big.Int
	Seat       *big.Int
	ClaimedAt  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (KappaHubClaimed) ContractEventName() string {
	return KappaHubClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint256 indexed campaignId, uint256 indexed chunkId, address indexed annotator, uint256 lane, uint256 seat, uint256 claimedAt)
func (kappaHub *KappaHub) UnpackClaimedEvent(log *types.Log) (*KappaHubClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubClaimed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubCommitted represents a Committed event raised by the KappaHub contract.
type KappaHubCommitted struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Annotator  common.Address
	Seat       *big.Int
	Commitment [32]byte
	RevealAt   *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (KappaHubCommitted) ContractEventName() string {
	return KappaHubCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(uint256 indexed campaignId, uint256 indexed chunkId, address indexed annotator, uint256 seat, bytes32 commitment, uint256 revealAt)
func (kappaHub *KappaHub) UnpackCommittedEvent(log *types.Log) (*KappaHubCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubCommitted)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubDisputesExpired represents a DisputesExpired event raised by the KappaHub contract.
type KappaHubDisputesExpired struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Lane       *big.Int
	TaskMask   *big.Int
	Paid       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubDisputesExpiredEventName = "DisputesExpired"

// ContractEventName returns the user-defined event name.
func (KappaHubDisputesExpired) ContractEventName() string {
	return KappaHubDisputesExpiredEventName
}

// UnpackDisputesExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputesExpired(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256 taskMask, uint256 paid)
func (kappaHub *KappaHub) UnpackDisputesExpiredEvent(log *types.Log) (*KappaHubDisputesExpired, error) {
	event := "DisputesExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubDisputesExpired)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubEscrowWithdrawn represents a EscrowWithdrawn event raised by the KappaHub contract.
type KappaHubEscrowWithdrawn struct {
	CampaignId *big.Int
	To         common.Address
	Amount     *big.Int
	Unreserved *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubEscrowWithdrawnEventName = "EscrowWithdrawn"

// ContractEventName returns the user-defined event name.
func (KappaHubEscrowWithdrawn) ContractEventName() string {
	return KappaHubEscrowWithdrawnEventName
}

// UnpackEscrowWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowWithdrawn(uint256 indexed campaignId, address indexed to, uint256 amount, uint256 unreserved)
func (kappaHub *KappaHub) UnpackEscrowWithdrawnEvent(log *types.Log) (*KappaHubEscrowWithdrawn, error) {
	event := "EscrowWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubFinalized represents a Finalized event raised by the KappaHub contract.
type KappaHubFinalized struct {
	CampaignId   *big.Int
	ChunkId      *big.Int
	Lane         *big.Int
	Accepted     []*big.Int
	DisputeMask  *big.Int
	GoldRevealed bool
	Released     *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const KappaHubFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (KappaHubFinalized) ContractEventName() string {
	return KappaHubFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256[] accepted, uint256 disputeMask, bool goldRevealed, uint256 released)
func (kappaHub *KappaHub) UnpackFinalizedEvent(log *types.Log) (*KappaHubFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubFinalized)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubFunded represents a Funded event raised by the KappaHub contract.
type KappaHubFunded struct {
	CampaignId *big.Int
	From       common.Address
	Amount     *big.Int
	Unreserved *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubFundedEventName = "Funded"

// ContractEventName returns the user-defined event name.
func (KappaHubFunded) ContractEventName() string {
	return KappaHubFundedEventName
}

// UnpackFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Funded(uint256 indexed campaignId, address indexed from, uint256 amount, uint256 unreserved)
func (kappaHub *KappaHub) UnpackFundedEvent(log *types.Log) (*KappaHubFunded, error) {
	event := "Funded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubFunded)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubRequestClosed represents a RequestClosed event raised by the KappaHub contract.
type KappaHubRequestClosed struct {
	CampaignId *big.Int
	Annotator  common.Address
	Slashed    *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubRequestClosedEventName = "RequestClosed"

// ContractEventName returns the user-defined event name.
func (KappaHubRequestClosed) ContractEventName() string {
	return KappaHubRequestClosedEventName
}

// UnpackRequestClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestClosed(uint256 indexed campaignId, address indexed annotator, uint256 slashed)
func (kappaHub *KappaHub) UnpackRequestClosedEvent(log *types.Log) (*KappaHubRequestClosed, error) {
	event := "RequestClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubRequestClosed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubResolved represents a Resolved event raised by the KappaHub contract.
type KappaHubResolved struct {
	CampaignId        *big.Int
	ChunkId           *big.Int
	Reviewer          common.Address
	TaskMask          *big.Int
	Labels            []*big.Int
	Fee               *big.Int
	RemainingDisputes *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const KappaHubResolvedEventName = "Resolved"

// ContractEventName returns the user-defined event name.
func (KappaHubResolved) ContractEventName() string {
	return KappaHubResolvedEventName
}

// UnpackResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Resolved(uint256 indexed campaignId, uint256 indexed chunkId, address indexed reviewer, uint256 taskMask, uint256[] labels, uint256 fee, uint256 remainingDisputes)
func (kappaHub *KappaHub) UnpackResolvedEvent(log *types.Log) (*KappaHubResolved, error) {
	event := "Resolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubResolved)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubRevealed represents a Revealed event raised by the KappaHub contract.
type KappaHubRevealed struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Annotator  common.Address
	Seat       *big.Int
	Labels     []*big.Int
	LabelDoc   [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (KappaHubRevealed) ContractEventName() string {
	return KappaHubRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed campaignId, uint256 indexed chunkId, address indexed annotator, uint256 seat, uint256[] labels, bytes32 labelDoc)
func (kappaHub *KappaHub) UnpackRevealedEvent(log *types.Log) (*KappaHubRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubRevealed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubSeatRequested represents a SeatRequested event raised by the KappaHub contract.
type KappaHubSeatRequested struct {
	CampaignId *big.Int
	Annotator  common.Address
	AtBlock    *big.Int
	Count      *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubSeatRequestedEventName = "SeatRequested"

// ContractEventName returns the user-defined event name.
func (KappaHubSeatRequested) ContractEventName() string {
	return KappaHubSeatRequestedEventName
}

// UnpackSeatRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SeatRequested(uint256 indexed campaignId, address indexed annotator, uint256 atBlock, uint256 count)
func (kappaHub *KappaHub) UnpackSeatRequestedEvent(log *types.Log) (*KappaHubSeatRequested, error) {
	event := "SeatRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubSeatRequested)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubSettled represents a Settled event raised by the KappaHub contract.
type KappaHubSettled struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Account    common.Address
	Reason     uint8
	Matched    *big.Int
	Missed     *big.Int
	Credited   *big.Int
	Stake      *big.Int
	RepDelta   *big.Int
	Reputation *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (KappaHubSettled) ContractEventName() string {
	return KappaHubSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(uint256 indexed campaignId, uint256 indexed chunkId, address indexed account, uint8 reason, uint256 matched, uint256 missed, uint256 credited, int256 stake, int256 repDelta, uint256 reputation)
func (kappaHub *KappaHub) UnpackSettledEvent(log *types.Log) (*KappaHubSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubSettled)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubWithdrawn represents a Withdrawn event raised by the KappaHub contract.
type KappaHubWithdrawn struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const KappaHubWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (KappaHubWithdrawn) ContractEventName() string {
	return KappaHubWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed to, uint256 amount)
func (kappaHub *KappaHub) UnpackWithdrawnEvent(log *types.Log) (*KappaHubWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubWithdrawn)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (kappaHub *KappaHub) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyFinalized"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AssignTooEarly"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAssignTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["BadRequestSignature"].ID.Bytes()[:4]) {
		return kappaHub.UnpackBadRequestSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return kappaHub.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["BalanceOverflow"].ID.Bytes()[:4]) {
		return kappaHub.UnpackBalanceOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CampaignClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCampaignClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CampaignEnded"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCampaignEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CampaignNotOver"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCampaignNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ChunkTaken"].ID.Bytes()[:4]) {
		return kappaHub.UnpackChunkTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ClaimWindowClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackClaimWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CommitWindowClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCommitWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["DisputeExpired"].ID.Bytes()[:4]) {
		return kappaHub.UnpackDisputeExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["DisputeWindowOpen"].ID.Bytes()[:4]) {
		return kappaHub.UnpackDisputeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["EmptyCommitment"].ID.Bytes()[:4]) {
		return kappaHub.UnpackEmptyCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["FinalizeTooEarly"].ID.Bytes()[:4]) {
		return kappaHub.UnpackFinalizeTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["GoldMismatch"].ID.Bytes()[:4]) {
		return kappaHub.UnpackGoldMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["GoldNotStratified"].ID.Bytes()[:4]) {
		return kappaHub.UnpackGoldNotStratifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["GoldRequired"].ID.Bytes()[:4]) {
		return kappaHub.UnpackGoldRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InsufficientEscrow"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInsufficientEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InsufficientUnreserved"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInsufficientUnreservedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidChunk"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidChunkError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidChunkProof"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidChunkProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidLabel"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidLabelError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidSeat"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidSeatError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["LabelsMismatch"].ID.Bytes()[:4]) {
		return kappaHub.UnpackLabelsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["LaneBusy"].ID.Bytes()[:4]) {
		return kappaHub.UnpackLaneBusyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NoRequest"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNoRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotCommitted"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotDisputed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotReviewer"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotReviewerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotSeatHolder"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotSeatHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NothingToBurn"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNothingToBurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NothingToReclaim"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNothingToReclaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ProbeIncomplete"].ID.Bytes()[:4]) {
		return kappaHub.UnpackProbeIncompleteError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReputationTooLow"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReputationTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["RequestPending"].ID.Bytes()[:4]) {
		return kappaHub.UnpackRequestPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["RevealTooEarly"].ID.Bytes()[:4]) {
		return kappaHub.UnpackRevealTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["RevealWindowClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackRevealWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReviewerIsAnnotator"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReviewerIsAnnotatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReviewersFirst"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReviewersFirstError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return kappaHub.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["SeatTaken"].ID.Bytes()[:4]) {
		return kappaHub.UnpackSeatTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["SeatsAssigned"].ID.Bytes()[:4]) {
		return kappaHub.UnpackSeatsAssignedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["SeatsPicked"].ID.Bytes()[:4]) {
		return kappaHub.UnpackSeatsPickedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return kappaHub.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["StaleRecord"].ID.Bytes()[:4]) {
		return kappaHub.UnpackStaleRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["TooMuchGold"].ID.Bytes()[:4]) {
		return kappaHub.UnpackTooMuchGoldError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["UnknownCampaign"].ID.Bytes()[:4]) {
		return kappaHub.UnpackUnknownCampaignError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["UnknownLane"].ID.Bytes()[:4]) {
		return kappaHub.UnpackUnknownLaneError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["WrongChunk"].ID.Bytes()[:4]) {
		return kappaHub.UnpackWrongChunkError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["WrongLabelCount"].ID.Bytes()[:4]) {
		return kappaHub.UnpackWrongLabelCountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KappaHubAlreadyClaimed represents a AlreadyClaimed error raised by the KappaHub contract.
type KappaHubAlreadyClaimed struct {
	ChunkId   *big.Int
	Annotator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint256 chunkId, address annotator)
func KappaHubAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xa9214540dbdab41c9e79b3f2188acea45d13e6ac15f24990e9f6ddf7cc0e4180")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint256 chunkId, address annotator)
func (kappaHub *KappaHub) UnpackAlreadyClaimedError(raw []byte) (*KappaHubAlreadyClaimed, error) {
	out := new(KappaHubAlreadyClaimed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAlreadyCommitted represents a AlreadyCommitted error raised by the KappaHub contract.
type KappaHubAlreadyCommitted struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 chunkId, uint256 seat)
func KappaHubAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xddcc733d140fb0312eb1ac150281dfa07c853a78cdef41c136c6ecd38de811a4")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackAlreadyCommittedError(raw []byte) (*KappaHubAlreadyCommitted, error) {
	out := new(KappaHubAlreadyCommitted)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAlreadyFinalized represents a AlreadyFinalized error raised by the KappaHub contract.
type KappaHubAlreadyFinalized struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinalized(uint256 chunkId)
func KappaHubAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0xf075432911496a9efbc824c20b649ec3a83845a62966846bd8cf1cbb1cea71c3")
}

// UnpackAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinalized(uint256 chunkId)
func (kappaHub *KappaHub) UnpackAlreadyFinalizedError(raw []byte) (*KappaHubAlreadyFinalized, error) {
	out := new(KappaHubAlreadyFinalized)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAlreadyRevealed represents a AlreadyRevealed error raised by the KappaHub contract.
type KappaHubAlreadyRevealed struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 chunkId, uint256 seat)
func KappaHubAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0x12b3a2d19bc85b1ee1b06cf15d9682e8bc15d9f05e3c1bfd757c795744728a39")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackAlreadyRevealedError(raw []byte) (*KappaHubAlreadyRevealed, error) {
	out := new(KappaHubAlreadyRevealed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAssignTooEarly represents a AssignTooEarly error raised by the KappaHub contract.
type KappaHubAssignTooEarly struct {
	CampaignId *big.Int
	From       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AssignTooEarly(uint256 campaignId, uint256 from)
func KappaHubAssignTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x864d1ce1c7daae9d200cb346bef216eb28abb7bc3cffcf2704180b00a4cfd01b")
}

// UnpackAssignTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AssignTooEarly(uint256 campaignId, uint256 from)
func (kappaHub *KappaHub) UnpackAssignTooEarlyError(raw []byte) (*KappaHubAssignTooEarly, error) {
	out := new(KappaHubAssignTooEarly)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AssignTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubBadRequestSignature represents a BadRequestSignature error raised by the KappaHub contract.
type KappaHubBadRequestSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRequestSignature(uint256 index)
func KappaHubBadRequestSignatureErrorID() common.Hash {
	return common.HexToHash("0x543b5cc5362664f00bbdc767dd86f6477387483a45b58fa40b045884eb7c7816")
}

// UnpackBadRequestSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRequestSignature(uint256 index)
func (kappaHub *KappaHub) UnpackBadRequestSignatureError(raw []byte) (*KappaHubBadRequestSignature, error) {
	out := new(KappaHubBadRequestSignature)
	if err := kappaHub.abi.UnpackIntoInterface(out, "BadRequestSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubBadSignature represents a BadSignature error raised by the KappaHub contract.
type KappaHubBadSignature struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature(uint256 chunkId, uint256 seat)
func KappaHubBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x75fa8056933dad533d93feea067b15e4021dc133a8099ace8e9797336c7bf2f9")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackBadSignatureError(raw []byte) (*KappaHubBadSignature, error) {
	out := new(KappaHubBadSignature)
	if err := kappaHub.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubBalanceOverflow represents a BalanceOverflow error raised by the KappaHub contract.
type KappaHubBalanceOverflow struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BalanceOverflow(address account)
func KappaHubBalanceOverflowErrorID() common.Hash {
	return common.HexToHash("0xb32337753cdaa0ba150efae844db74e1536b6156c0ae499e96be64d0a894ebb9")
}

// UnpackBalanceOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BalanceOverflow(address account)
func (kappaHub *KappaHub) UnpackBalanceOverflowError(raw []byte) (*KappaHubBalanceOverflow, error) {
	out := new(KappaHubBalanceOverflow)
	if err := kappaHub.abi.UnpackIntoInterface(out, "BalanceOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCampaignClosed represents a CampaignClosed error raised by the KappaHub contract.
type KappaHubCampaignClosed struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignClosed(uint256 campaignId)
func KappaHubCampaignClosedErrorID() common.Hash {
	return common.HexToHash("0x5e6eb33a418de5dbbc17f989f7ae362cdfbb1748c5d603137c767027a354edbc")
}

// UnpackCampaignClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignClosed(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCampaignClosedError(raw []byte) (*KappaHubCampaignClosed, error) {
	out := new(KappaHubCampaignClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CampaignClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCampaignEnded represents a CampaignEnded error raised by the KappaHub contract.
type KappaHubCampaignEnded struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignEnded(uint256 campaignId)
func KappaHubCampaignEndedErrorID() common.Hash {
	return common.HexToHash("0x4d09689e5ab2d74dc1f9a1e821d4dcb2bb48908bd8a74872127b995b7d120154")
}

// UnpackCampaignEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignEnded(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCampaignEndedError(raw []byte) (*KappaHubCampaignEnded, error) {
	out := new(KappaHubCampaignEnded)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CampaignEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCampaignNotOver represents a CampaignNotOver error raised by the KappaHub contract.
type KappaHubCampaignNotOver struct {
	CampaignId *big.Int
	CloseTime  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignNotOver(uint256 campaignId, uint256 closeTime)
func KappaHubCampaignNotOverErrorID() common.Hash {
	return common.HexToHash("0x8262f7a0197fa878b753fe2f6755a9a6df9187c44782635d7dc06c5b29e14fc8")
}

// UnpackCampaignNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignNotOver(uint256 campaignId, uint256 closeTime)
func (kappaHub *KappaHub) UnpackCampaignNotOverError(raw []byte) (*KappaHubCampaignNotOver, error) {
	out := new(KappaHubCampaignNotOver)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CampaignNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubChunkTaken represents a ChunkTaken error raised by the KappaHub contract.
type KappaHubChunkTaken struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkTaken(uint256 chunkId)
func KappaHubChunkTakenErrorID() common.Hash {
	return common.HexToHash("0x7931482536a47338a89f939deae2686f1b18333ff5a6d183e0173d6c09902487")
}

// UnpackChunkTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkTaken(uint256 chunkId)
func (kappaHub *KappaHub) UnpackChunkTakenError(raw []byte) (*KappaHubChunkTaken, error) {
	out := new(KappaHubChunkTaken)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ChunkTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubClaimWindowClosed represents a ClaimWindowClosed error raised by the KappaHub contract.
type KappaHubClaimWindowClosed struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimWindowClosed(uint256 chunkId)
func KappaHubClaimWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x8fb6d6875cba88232b860f532fb9b3d4a0dccd84f2f275a3db894cf8a0a05f2c")
}

// UnpackClaimWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimWindowClosed(uint256 chunkId)
func (kappaHub *KappaHub) UnpackClaimWindowClosedError(raw []byte) (*KappaHubClaimWindowClosed, error) {
	out := new(KappaHubClaimWindowClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ClaimWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCommitWindowClosed represents a CommitWindowClosed error raised by the KappaHub contract.
type KappaHubCommitWindowClosed struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitWindowClosed(uint256 chunkId, uint256 seat)
func KappaHubCommitWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x257c973fb4384a94e1cec7154d4013afaf66e73ea9cd459d9fa82d48aeb8f890")
}

// UnpackCommitWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitWindowClosed(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackCommitWindowClosedError(raw []byte) (*KappaHubCommitWindowClosed, error) {
	out := new(KappaHubCommitWindowClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CommitWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCommitmentMismatch represents a CommitmentMismatch error raised by the KappaHub contract.
type KappaHubCommitmentMismatch struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 chunkId, uint256 seat)
func KappaHubCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x79ce97dbdd958372211613e153924be73609f87a9fce03b415f370e6494cc343")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackCommitmentMismatchError(raw []byte) (*KappaHubCommitmentMismatch, error) {
	out := new(KappaHubCommitmentMismatch)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubDisputeExpired represents a DisputeExpired error raised by the KappaHub contract.
type KappaHubDisputeExpired struct {
	ChunkId  *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeExpired(uint256 chunkId, uint256 deadline)
func KappaHubDisputeExpiredErrorID() common.Hash {
	return common.HexToHash("0xb80257bd2788328d63afd027b3e298fe6a1808ad2bb105b3e1302ad0dcc73905")
}

// UnpackDisputeExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeExpired(uint256 chunkId, uint256 deadline)
func (kappaHub *KappaHub) UnpackDisputeExpiredError(raw []byte) (*KappaHubDisputeExpired, error) {
	out := new(KappaHubDisputeExpired)
	if err := kappaHub.abi.UnpackIntoInterface(out, "DisputeExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubDisputeWindowOpen represents a DisputeWindowOpen error raised by the KappaHub contract.
type KappaHubDisputeWindowOpen struct {
	ChunkId  *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowOpen(uint256 chunkId, uint256 deadline)
func KappaHubDisputeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x99bb138db3346048a27162775c38a19e5a452e375f5fdf9e143fe56633d4d821")
}

// UnpackDisputeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowOpen(uint256 chunkId, uint256 deadline)
func (kappaHub *KappaHub) UnpackDisputeWindowOpenError(raw []byte) (*KappaHubDisputeWindowOpen, error) {
	out := new(KappaHubDisputeWindowOpen)
	if err := kappaHub.abi.UnpackIntoInterface(out, "DisputeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubEmptyCommitment represents a EmptyCommitment error raised by the KappaHub contract.
type KappaHubEmptyCommitment struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyCommitment(uint256 chunkId)
func KappaHubEmptyCommitmentErrorID() common.Hash {
	return common.HexToHash("0x85f40d2c176724348eef895a13aea6c045fe22f7ea40ac82f1e719a2fc42a03d")
}

// UnpackEmptyCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyCommitment(uint256 chunkId)
func (kappaHub *KappaHub) UnpackEmptyCommitmentError(raw []byte) (*KappaHubEmptyCommitment, error) {
	out := new(KappaHubEmptyCommitment)
	if err := kappaHub.abi.UnpackIntoInterface(out, "EmptyCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubFinalizeTooEarly represents a FinalizeTooEarly error raised by the KappaHub contract.
type KappaHubFinalizeTooEarly struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FinalizeTooEarly(uint256 chunkId)
func KappaHubFinalizeTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x8dd9dece8c45db340155bbf2a304bcc3ac597a40a18b47cda3a85ad4b706faa6")
}

// UnpackFinalizeTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FinalizeTooEarly(uint256 chunkId)
func (kappaHub *KappaHub) UnpackFinalizeTooEarlyError(raw []byte) (*KappaHubFinalizeTooEarly, error) {
	out := new(KappaHubFinalizeTooEarly)
	if err := kappaHub.abi.UnpackIntoInterface(out, "FinalizeTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubGoldMismatch represents a GoldMismatch error raised by the KappaHub contract.
type KappaHubGoldMismatch struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldMismatch(uint256 chunkId)
func KappaHubGoldMismatchErrorID() common.Hash {
	return common.HexToHash("0x1f2b9db28c18812a24066623226f88e607f4f64d382e09ba79b3d41ca0b3d69e")
}

// UnpackGoldMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldMismatch(uint256 chunkId)
func (kappaHub *KappaHub) UnpackGoldMismatchError(raw []byte) (*KappaHubGoldMismatch, error) {
	out := new(KappaHubGoldMismatch)
	if err := kappaHub.abi.UnpackIntoInterface(out, "GoldMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubGoldNotStratified represents a GoldNotStratified error raised by the KappaHub contract.
type KappaHubGoldNotStratified struct {
	ChunkId  *big.Int
	Distinct *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldNotStratified(uint256 chunkId, uint256 distinct, uint256 required)
func KappaHubGoldNotStratifiedErrorID() common.Hash {
	return common.HexToHash("0x1e3d4cec3a1fea693fd473f62560c475a63b97b61caf24c847d599599cfdb0a3")
}

// UnpackGoldNotStratifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldNotStratified(uint256 chunkId, uint256 distinct, uint256 required)
func (kappaHub *KappaHub) UnpackGoldNotStratifiedError(raw []byte) (*KappaHubGoldNotStratified, error) {
	out := new(KappaHubGoldNotStratified)
	if err := kappaHub.abi.UnpackIntoInterface(out, "GoldNotStratified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubGoldRequired represents a GoldRequired error raised by the KappaHub contract.
type KappaHubGoldRequired struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldRequired(uint256 chunkId)
func KappaHubGoldRequiredErrorID() common.Hash {
	return common.HexToHash("0x59367303fd193fb279fd3e49bfdba8938c144fd2c01d08203f670df265a85d85")
}

// UnpackGoldRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldRequired(uint256 chunkId)
func (kappaHub *KappaHub) UnpackGoldRequiredError(raw []byte) (*KappaHubGoldRequired, error) {
	out := new(KappaHubGoldRequired)
	if err := kappaHub.abi.UnpackIntoInterface(out, "GoldRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInsufficientEscrow represents a InsufficientEscrow error raised by the KappaHub contract.
type KappaHubInsufficientEscrow struct {
	CampaignId *big.Int
	Needed     *big.Int
	Available  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientEscrow(uint256 campaignId, uint256 needed, uint256 available)
func KappaHubInsufficientEscrowErrorID() common.Hash {
	return common.HexToHash("0xbef22b9d2c2984a22e4e25e96681e35babae523addd4e6511092d6b01363c3d8")
}

// UnpackInsufficientEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientEscrow(uint256 campaignId, uint256 needed, uint256 available)
func (kappaHub *KappaHub) UnpackInsufficientEscrowError(raw []byte) (*KappaHubInsufficientEscrow, error) {
	out := new(KappaHubInsufficientEscrow)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InsufficientEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInsufficientStake represents a InsufficientStake error raised by the KappaHub contract.
type KappaHubInsufficientStake struct {
	ChunkId  *big.Int
	Credited *big.Int
	Stake    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 chunkId, uint256 credited, uint256 stake)
func KappaHubInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x5ac0ebdd0d212a49a276fe4f29878e3bee69aa7f9afa0704bc0a3e17eae086ae")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 chunkId, uint256 credited, uint256 stake)
func (kappaHub *KappaHub) UnpackInsufficientStakeError(raw []byte) (*KappaHubInsufficientStake, error) {
	out := new(KappaHubInsufficientStake)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInsufficientUnreserved represents a InsufficientUnreserved error raised by the KappaHub contract.
type KappaHubInsufficientUnreserved struct {
	CampaignId *big.Int
	Requested  *big.Int
	Available  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available)
func KappaHubInsufficientUnreservedErrorID() common.Hash {
	return common.HexToHash("0x53b4ba34cfe05ac11024534bddc56c2a8a160d1480e9277987a44a4557f1c83c")
}

// UnpackInsufficientUnreservedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available)
func (kappaHub *KappaHub) UnpackInsufficientUnreservedError(raw []byte) (*KappaHubInsufficientUnreserved, error) {
	out := new(KappaHubInsufficientUnreserved)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InsufficientUnreserved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidChunk represents a InvalidChunk error raised by the KappaHub contract.
type KappaHubInvalidChunk struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChunk(uint256 chunkId)
func KappaHubInvalidChunkErrorID() common.Hash {
	return common.HexToHash("0x26858e7f2a9f3070845b4214875efe6db13451ec65f58189f52e01edd0de39be")
}

// UnpackInvalidChunkError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChunk(uint256 chunkId)
func (kappaHub *KappaHub) UnpackInvalidChunkError(raw []byte) (*KappaHubInvalidChunk, error) {
	out := new(KappaHubInvalidChunk)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidChunk", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidChunkProof represents a InvalidChunkProof error raised by the KappaHub contract.
type KappaHubInvalidChunkProof struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChunkProof(uint256 chunkId)
func KappaHubInvalidChunkProofErrorID() common.Hash {
	return common.HexToHash("0x1713d4d50b64fb0ac1eaffab8aab1aed3f7b797ab32c8dd1a11c55f4b5ec8448")
}

// UnpackInvalidChunkProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChunkProof(uint256 chunkId)
func (kappaHub *KappaHub) UnpackInvalidChunkProofError(raw []byte) (*KappaHubInvalidChunkProof, error) {
	out := new(KappaHubInvalidChunkProof)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidChunkProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidLabel represents a InvalidLabel error raised by the KappaHub contract.
type KappaHubInvalidLabel struct {
	ChunkId *big.Int
	Task    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLabel(uint256 chunkId, uint256 task)
func KappaHubInvalidLabelErrorID() common.Hash {
	return common.HexToHash("0xe813d6e02049e89d58d5a4880b7858ab92eb145afcfb5f102af44c631c1bb673")
}

// UnpackInvalidLabelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLabel(uint256 chunkId, uint256 task)
func (kappaHub *KappaHub) UnpackInvalidLabelError(raw []byte) (*KappaHubInvalidLabel, error) {
	out := new(KappaHubInvalidLabel)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidLabel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidParameter represents a InvalidParameter error raised by the KappaHub contract.
type KappaHubInvalidParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameter(string name)
func KappaHubInvalidParameterErrorID() common.Hash {
	return common.HexToHash("0xaa33ade0aeb9f98ab34de64dc8528f518998966a7f9fcee11b746b769d506aa5")
}

// UnpackInvalidParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameter(string name)
func (kappaHub *KappaHub) UnpackInvalidParameterError(raw []byte) (*KappaHubInvalidParameter, error) {
	out := new(KappaHubInvalidParameter)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidSeat represents a InvalidSeat error raised by the KappaHub contract.
type KappaHubInvalidSeat struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSeat(uint256 chunkId, uint256 seat)
func KappaHubInvalidSeatErrorID() common.Hash {
	return common.HexToHash("0x4ab40a27ebdc28d64d278501b255017aed288b47713011dbe2ca5823fcdb3372")
}

// UnpackInvalidSeatError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSeat(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackInvalidSeatError(raw []byte) (*KappaHubInvalidSeat, error) {
	out := new(KappaHubInvalidSeat)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidSeat", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubLabelsMismatch represents a LabelsMismatch error raised by the KappaHub contract.
type KappaHubLabelsMismatch struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LabelsMismatch(uint256 chunkId, uint256 seat)
func KappaHubLabelsMismatchErrorID() common.Hash {
	return common.HexToHash("0xe7337b656a57d19625ef4e196414ac188b92eaa05867e2626f2fc6525246a837")
}

// UnpackLabelsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LabelsMismatch(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackLabelsMismatchError(raw []byte) (*KappaHubLabelsMismatch, error) {
	out := new(KappaHubLabelsMismatch)
	if err := kappaHub.abi.UnpackIntoInterface(out, "LabelsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubLaneBusy represents a LaneBusy error raised by the KappaHub contract.
type KappaHubLaneBusy struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LaneBusy(uint256 lane)
func KappaHubLaneBusyErrorID() common.Hash {
	return common.HexToHash("0xf737070fcc56563da0ceefd87eb3281d737c3934f572015f886e3bde9291b3be")
}

// UnpackLaneBusyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LaneBusy(uint256 lane)
func (kappaHub *KappaHub) UnpackLaneBusyError(raw []byte) (*KappaHubLaneBusy, error) {
	out := new(KappaHubLaneBusy)
	if err := kappaHub.abi.UnpackIntoInterface(out, "LaneBusy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNoRequest represents a NoRequest error raised by the KappaHub contract.
type KappaHubNoRequest struct {
	CampaignId *big.Int
	Annotator  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoRequest(uint256 campaignId, address annotator)
func KappaHubNoRequestErrorID() common.Hash {
	return common.HexToHash("0xacdc03d058ff627ce41c1bf7c330575cdddd41427522c40e145fcf207c615fde")
}

// UnpackNoRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoRequest(uint256 campaignId, address annotator)
func (kappaHub *KappaHub) UnpackNoRequestError(raw []byte) (*KappaHubNoRequest, error) {
	out := new(KappaHubNoRequest)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NoRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotCommitted represents a NotCommitted error raised by the KappaHub contract.
type KappaHubNotCommitted struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitted(uint256 chunkId, uint256 seat)
func KappaHubNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x38935fc797332a24767f8bfa569700c449284c34addd3403c651d2904f9eb98e")
}

// UnpackNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitted(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackNotCommittedError(raw []byte) (*KappaHubNotCommitted, error) {
	out := new(KappaHubNotCommitted)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotDisputed represents a NotDisputed error raised by the KappaHub contract.
type KappaHubNotDisputed struct {
	ChunkId  *big.Int
	TaskMask *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputed(uint256 chunkId, uint256 taskMask)
func KappaHubNotDisputedErrorID() common.Hash {
	return common.HexToHash("0xb07139115f1667be64cf68ad7744e7d26b4b3b1bb8595a542658a1e70762ad19")
}

// UnpackNotDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputed(uint256 chunkId, uint256 taskMask)
func (kappaHub *KappaHub) UnpackNotDisputedError(raw []byte) (*KappaHubNotDisputed, error) {
	out := new(KappaHubNotDisputed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotRequester represents a NotRequester error raised by the KappaHub contract.
type KappaHubNotRequester struct {
	CampaignId *big.Int
	Caller     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(uint256 campaignId, address caller)
func KappaHubNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x58ea1a27407401864a918fa847903579fcf7f4b36fc5216ff0e5f1c572fd9ffa")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(uint256 campaignId, address caller)
func (kappaHub *KappaHub) UnpackNotRequesterError(raw []byte) (*KappaHubNotRequester, error) {
	out := new(KappaHubNotRequester)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotReviewer represents a NotReviewer error raised by the KappaHub contract.
type KappaHubNotReviewer struct {
	ChunkId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReviewer(uint256 chunkId, address caller)
func KappaHubNotReviewerErrorID() common.Hash {
	return common.HexToHash("0x87de184463496172c6761f2a4ee6a1c25c016765b7f8c4e70cafd38e6ec5e712")
}

// UnpackNotReviewerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReviewer(uint256 chunkId, address caller)
func (kappaHub *KappaHub) UnpackNotReviewerError(raw []byte) (*KappaHubNotReviewer, error) {
	out := new(KappaHubNotReviewer)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotReviewer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotSeatHolder represents a NotSeatHolder error raised by the KappaHub contract.
type KappaHubNotSeatHolder struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSeatHolder(uint256 chunkId, uint256 seat)
func KappaHubNotSeatHolderErrorID() common.Hash {
	return common.HexToHash("0x5e5625fd5fcf32ce7ea6c95c78650089ef04686e6653db4b2375c64430d72555")
}

// UnpackNotSeatHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSeatHolder(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackNotSeatHolderError(raw []byte) (*KappaHubNotSeatHolder, error) {
	out := new(KappaHubNotSeatHolder)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotSeatHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNothingToBurn represents a NothingToBurn error raised by the KappaHub contract.
type KappaHubNothingToBurn struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToBurn()
func KappaHubNothingToBurnErrorID() common.Hash {
	return common.HexToHash("0x98642b86d2482f5e27feed07981c2bc2d219ec07c01e9c9cf0082e16a0e666df")
}

// UnpackNothingToBurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToBurn()
func (kappaHub *KappaHub) UnpackNothingToBurnError(raw []byte) (*KappaHubNothingToBurn, error) {
	out := new(KappaHubNothingToBurn)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NothingToBurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNothingToReclaim represents a NothingToReclaim error raised by the KappaHub contract.
type KappaHubNothingToReclaim struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToReclaim(uint256 campaignId)
func KappaHubNothingToReclaimErrorID() common.Hash {
	return common.HexToHash("0x2d924c8be737b4689d110b7acfac76889bcce03af7d945d084f30e65b639a9d0")
}

// UnpackNothingToReclaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToReclaim(uint256 campaignId)
func (kappaHub *KappaHub) UnpackNothingToReclaimError(raw []byte) (*KappaHubNothingToReclaim, error) {
	out := new(KappaHubNothingToReclaim)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NothingToReclaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNothingToWithdraw represents a NothingToWithdraw error raised by the KappaHub contract.
type KappaHubNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func KappaHubNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (kappaHub *KappaHub) UnpackNothingToWithdrawError(raw []byte) (*KappaHubNothingToWithdraw, error) {
	out := new(KappaHubNothingToWithdraw)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubProbeIncomplete represents a ProbeIncomplete error raised by the KappaHub contract.
type KappaHubProbeIncomplete struct {
	CampaignId *big.Int
	Probed     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProbeIncomplete(uint256 campaignId, uint256 probed)
func KappaHubProbeIncompleteErrorID() common.Hash {
	return common.HexToHash("0xf76b98aca134c7f0cacc23d7012cf7424d2950cc7f6179d3ad2473a6569561bc")
}

// UnpackProbeIncompleteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProbeIncomplete(uint256 campaignId, uint256 probed)
func (kappaHub *KappaHub) UnpackProbeIncompleteError(raw []byte) (*KappaHubProbeIncomplete, error) {
	out := new(KappaHubProbeIncomplete)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ProbeIncomplete", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the KappaHub contract.
type KappaHubReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func KappaHubReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (kappaHub *KappaHub) UnpackReentrancyGuardReentrantCallError(raw []byte) (*KappaHubReentrancyGuardReentrantCall, error) {
	out := new(KappaHubReentrancyGuardReentrantCall)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReputationTooLow represents a ReputationTooLow error raised by the KappaHub contract.
type KappaHubReputationTooLow struct {
	ChunkId    *big.Int
	Reputation *big.Int
	Required   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReputationTooLow(uint256 chunkId, uint256 reputation, uint256 required)
func KappaHubReputationTooLowErrorID() common.Hash {
	return common.HexToHash("0x4eb2fb83f0100852f13d6246dabec585884717b29051fbfe8a152fa89007db45")
}

// UnpackReputationTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReputationTooLow(uint256 chunkId, uint256 reputation, uint256 required)
func (kappaHub *KappaHub) UnpackReputationTooLowError(raw []byte) (*KappaHubReputationTooLow, error) {
	out := new(KappaHubReputationTooLow)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReputationTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubRequestPending represents a RequestPending error raised by the KappaHub contract.
type KappaHubRequestPending struct {
	CampaignId *big.Int
	AtBlock    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestPending(uint256 campaignId, uint256 atBlock)
func KappaHubRequestPendingErrorID() common.Hash {
	return common.HexToHash("0x08a0fb9ef1c6ba59bfe8b73e768d88d4e34ae0660ec284df11832be1441ebf7c")
}

// UnpackRequestPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestPending(uint256 campaignId, uint256 atBlock)
func (kappaHub *KappaHub) UnpackRequestPendingError(raw []byte) (*KappaHubRequestPending, error) {
	out := new(KappaHubRequestPending)
	if err := kappaHub.abi.UnpackIntoInterface(out, "RequestPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubRevealTooEarly represents a RevealTooEarly error raised by the KappaHub contract.
type KappaHubRevealTooEarly struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealTooEarly(uint256 chunkId)
func KappaHubRevealTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xee66961928e2835f26d19a8283d92864fa3c9a1765b7c484090574bb98835569")
}

// UnpackRevealTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealTooEarly(uint256 chunkId)
func (kappaHub *KappaHub) UnpackRevealTooEarlyError(raw []byte) (*KappaHubRevealTooEarly, error) {
	out := new(KappaHubRevealTooEarly)
	if err := kappaHub.abi.UnpackIntoInterface(out, "RevealTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubRevealWindowClosed represents a RevealWindowClosed error raised by the KappaHub contract.
type KappaHubRevealWindowClosed struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowClosed(uint256 chunkId)
func KappaHubRevealWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x87b262f8e4c4e709c2dc7e05d8d40d0a1e1cf83ab3321c8092a96c7bf2b1ff04")
}

// UnpackRevealWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowClosed(uint256 chunkId)
func (kappaHub *KappaHub) UnpackRevealWindowClosedError(raw []byte) (*KappaHubRevealWindowClosed, error) {
	out := new(KappaHubRevealWindowClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "RevealWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReviewerIsAnnotator represents a ReviewerIsAnnotator error raised by the KappaHub contract.
type KappaHubReviewerIsAnnotator struct {
	ChunkId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReviewerIsAnnotator(uint256 chunkId, address caller)
func KappaHubReviewerIsAnnotatorErrorID() common.Hash {
	return common.HexToHash("0xf5d8da5654098c6b7826d1987778c68d2582caa2c739fe2c0de416d43669e8e7")
}

// UnpackReviewerIsAnnotatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReviewerIsAnnotator(uint256 chunkId, address caller)
func (kappaHub *KappaHub) UnpackReviewerIsAnnotatorError(raw []byte) (*KappaHubReviewerIsAnnotator, error) {
	out := new(KappaHubReviewerIsAnnotator)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReviewerIsAnnotator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReviewersFirst represents a ReviewersFirst error raised by the KappaHub contract.
type KappaHubReviewersFirst struct {
	ChunkId *big.Int
	From    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReviewersFirst(uint256 chunkId, uint256 from)
func KappaHubReviewersFirstErrorID() common.Hash {
	return common.HexToHash("0x49d97927c7ba51e0abf4415e3d9658c63901be1286d8797547e017da0e1a7610")
}

// UnpackReviewersFirstError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReviewersFirst(uint256 chunkId, uint256 from)
func (kappaHub *KappaHub) UnpackReviewersFirstError(raw []byte) (*KappaHubReviewersFirst, error) {
	out := new(KappaHubReviewersFirst)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReviewersFirst", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the KappaHub contract.
type KappaHubSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func KappaHubSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (kappaHub *KappaHub) UnpackSafeERC20FailedOperationError(raw []byte) (*KappaHubSafeERC20FailedOperation, error) {
	out := new(KappaHubSafeERC20FailedOperation)
	if err := kappaHub.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubSeatTaken represents a SeatTaken error raised by the KappaHub contract.
type KappaHubSeatTaken struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeatTaken(uint256 chunkId, uint256 seat)
func KappaHubSeatTakenErrorID() common.Hash {
	return common.HexToHash("0x2c37e101d3ac858352be8ec4feeab94085a41367a1462fff7eaaefbddad20ffe")
}

// UnpackSeatTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeatTaken(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackSeatTakenError(raw []byte) (*KappaHubSeatTaken, error) {
	out := new(KappaHubSeatTaken)
	if err := kappaHub.abi.UnpackIntoInterface(out, "SeatTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubSeatsAssigned represents a SeatsAssigned error raised by the KappaHub contract.
type KappaHubSeatsAssigned struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeatsAssigned(uint256 campaignId)
func KappaHubSeatsAssignedErrorID() common.Hash {
	return common.HexToHash("0xcae5424a1daf45b1d8ffbc98d9502865b4a211d4a391d016dc529213788a1775")
}

// UnpackSeatsAssignedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeatsAssigned(uint256 campaignId)
func (kappaHub *KappaHub) UnpackSeatsAssignedError(raw []byte) (*KappaHubSeatsAssigned, error) {
	out := new(KappaHubSeatsAssigned)
	if err := kappaHub.abi.UnpackIntoInterface(out, "SeatsAssigned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubSeatsPicked represents a SeatsPicked error raised by the KappaHub contract.
type KappaHubSeatsPicked struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeatsPicked(uint256 campaignId)
func KappaHubSeatsPickedErrorID() common.Hash {
	return common.HexToHash("0x6fe39f3d8c7dfa01d87be9bbaab782992d44a13deba441550d3591197f1625c1")
}

// UnpackSeatsPickedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeatsPicked(uint256 campaignId)
func (kappaHub *KappaHub) UnpackSeatsPickedError(raw []byte) (*KappaHubSeatsPicked, error) {
	out := new(KappaHubSeatsPicked)
	if err := kappaHub.abi.UnpackIntoInterface(out, "SeatsPicked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubSignatureExpired represents a SignatureExpired error raised by the KappaHub contract.
type KappaHubSignatureExpired struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint256 chunkId, uint256 seat)
func KappaHubSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xf88f049083a0890cb69bf0c7edbb1077a93679504997c26fadbfea86435ab250")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackSignatureExpiredError(raw []byte) (*KappaHubSignatureExpired, error) {
	out := new(KappaHubSignatureExpired)
	if err := kappaHub.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubStaleRecord represents a StaleRecord error raised by the KappaHub contract.
type KappaHubStaleRecord struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleRecord(uint256 lane)
func KappaHubStaleRecordErrorID() common.Hash {
	return common.HexToHash("0xa35145496d65cce685a9a4a8fb64606f23b03e2d2bdc96f9cb74798f029e1147")
}

// UnpackStaleRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleRecord(uint256 lane)
func (kappaHub *KappaHub) UnpackStaleRecordError(raw []byte) (*KappaHubStaleRecord, error) {
	out := new(KappaHubStaleRecord)
	if err := kappaHub.abi.UnpackIntoInterface(out, "StaleRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubTooMuchGold represents a TooMuchGold error raised by the KappaHub contract.
type KappaHubTooMuchGold struct {
	ChunkId *big.Int
	Count   *big.Int
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooMuchGold(uint256 chunkId, uint256 count, uint256 max)
func KappaHubTooMuchGoldErrorID() common.Hash {
	return common.HexToHash("0x6dc749ec90001ef382944d9d638ad90ccfbc3561a2810428467086205c16aeda")
}

// UnpackTooMuchGoldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooMuchGold(uint256 chunkId, uint256 count, uint256 max)
func (kappaHub *KappaHub) UnpackTooMuchGoldError(raw []byte) (*KappaHubTooMuchGold, error) {
	out := new(KappaHubTooMuchGold)
	if err := kappaHub.abi.UnpackIntoInterface(out, "TooMuchGold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubUnknownCampaign represents a UnknownCampaign error raised by the KappaHub contract.
type KappaHubUnknownCampaign struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCampaign(uint256 campaignId)
func KappaHubUnknownCampaignErrorID() common.Hash {
	return common.HexToHash("0x25435c4ea72d9cfff69367b734599bbe9131f5b088eb4a4c649d2425e009c88c")
}

// UnpackUnknownCampaignError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCampaign(uint256 campaignId)
func (kappaHub *KappaHub) UnpackUnknownCampaignError(raw []byte) (*KappaHubUnknownCampaign, error) {
	out := new(KappaHubUnknownCampaign)
	if err := kappaHub.abi.UnpackIntoInterface(out, "UnknownCampaign", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubUnknownLane represents a UnknownLane error raised by the KappaHub contract.
type KappaHubUnknownLane struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLane(uint256 lane)
func KappaHubUnknownLaneErrorID() common.Hash {
	return common.HexToHash("0xc5ec1623fc4c9fa552dd17ab0e371b1bc17ee32de0f1d0dfda2c84360b93ba0d")
}

// UnpackUnknownLaneError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLane(uint256 lane)
func (kappaHub *KappaHub) UnpackUnknownLaneError(raw []byte) (*KappaHubUnknownLane, error) {
	out := new(KappaHubUnknownLane)
	if err := kappaHub.abi.UnpackIntoInterface(out, "UnknownLane", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubWrongChunk represents a WrongChunk error raised by the KappaHub contract.
type KappaHubWrongChunk struct {
	ChunkId *big.Int
	Want    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongChunk(uint256 chunkId, uint256 want)
func KappaHubWrongChunkErrorID() common.Hash {
	return common.HexToHash("0x6cdf169e256472ac6b618e9cd2a5a56b8f5abd0ede407fdaf7b3a3b7f1bc7263")
}

// UnpackWrongChunkError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongChunk(uint256 chunkId, uint256 want)
func (kappaHub *KappaHub) UnpackWrongChunkError(raw []byte) (*KappaHubWrongChunk, error) {
	out := new(KappaHubWrongChunk)
	if err := kappaHub.abi.UnpackIntoInterface(out, "WrongChunk", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubWrongLabelCount represents a WrongLabelCount error raised by the KappaHub contract.
type KappaHubWrongLabelCount struct {
	ChunkId *big.Int
	Got     *big.Int
	Want    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongLabelCount(uint256 chunkId, uint256 got, uint256 want)
func KappaHubWrongLabelCountErrorID() common.Hash {
	return common.HexToHash("0xbca5754688b40dd371924574e78943b614d27cd90845acd8e6909faf24736aec")
}

// UnpackWrongLabelCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongLabelCount(uint256 chunkId, uint256 got, uint256 want)
func (kappaHub *KappaHub) UnpackWrongLabelCountError(raw []byte) (*KappaHubWrongLabelCount, error) {
	out := new(KappaHubWrongLabelCount)
	if err := kappaHub.abi.UnpackIntoInterface(out, "WrongLabelCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenMetaData contains all meta data concerning the KappaToken contract.
var KappaTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "29143e29f12e3250ec44471e8a4d2edfa0",
	Bin: "0x610160806040523461048657611263803803809161001d828561048a565b833981016060828203126104865781516001600160401b03811161048657816100479184016104ad565b60208301519091906001600160401b0381116104865760409161006b9185016104ad565b9201516001600160a01b038116919082900361048657604092835191610091858461048a565b60018352603160f81b6020840190815281519092906001600160401b03811161039657600354600181811c9116801561047c575b602082101461037857601f8111610419575b50806020601f82116001146103b5575f916103aa575b508160011b915f199060031b1c1916176003555b8051906001600160401b0382116103965760045490600182811c9216801561038c575b60208310146103785781601f84931161030a575b50602090601f83116001146102a4575f92610299575b50508160011b915f199060031b1c1916176004555b61016c81610502565b6101205261017983610502565b6101405260208151910120918260e05251902080610100524660a05283519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f84528583015260608201524660808201523060a082015260a081526101e460c08261048a565b5190206080523060c052801561028657600880546001600160a01b0319811683179091559151916001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3610cf5908161056e823960805181610a49015260a05181610b06015260c05181610a13015260e05181610a9801526101005181610abe015261012051816104730152610140518161049c0152f35b631e4fbdf760e01b5f525f60045260245ffd5b015190505f8061014e565b60045f9081528281209350601f198516905b8181106102f257509084600195949392106102da575b505050811b01600455610163565b01515f1960f88460031b161c191690555f80806102cc565b929360206001819287860151815501950193016102b6565b60045f529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c8101916020851061036e575b90601f859493920160051c01905b8181106103605750610138565b5f8155849350600101610353565b9091508190610345565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610124565b634e487b7160e01b5f52604160045260245ffd5b90508301515f6100ed565b60035f9081528181209250601f198416905b818110610401575090836001949392106103e9575b5050811b01600355610101565b8501515f1960f88460031b161c191690555f806103dc565b9192602060018192868a0151815501940192016103c7565b60035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f830160051c81019160208410610472575b601f0160051c01905b81811061046757506100d7565b5f815560010161045a565b9091508190610451565b90607f16906100c5565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761039657604052565b81601f82011215610486578051906001600160401b03821161039657604051926104e1601f8401601f19166020018561048a565b8284526020838301011161048657815f9260208093018386015e8301015290565b601f81511161052d57602081519101516020821061051e571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461082857508063095ea7b31461080257806318160ddd146107e557806323b872dd14610706578063313ce567146106eb5780633644e515146106c957806340c10f191461061d57806370a08231146105e6578063715018a61461058b5780637ecebe001461055357806384b0196e1461045b5780638da5cb5b1461043357806395d89b4114610327578063a9059cbb146102f6578063d505accf146101b1578063dd62ed3e146101615763f2fde38b146100d7575f80fd5b3461015d57602036600319011261015d576100f0610904565b6100f8610b2c565b6001600160a01b0316801561014a57600880546001600160a01b0319811683179091556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b3461015d57604036600319011261015d5761017a610904565b61018261091a565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b3461015d5760e036600319011261015d576101ca610904565b6101d261091a565b604435906064359260843560ff8116810361015d578442116102e3576102a66102af9160018060a01b03841696875f52600760205260405f20908154916001830190556040519060208201927f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c984528a604084015260018060a01b038916606084015289608084015260a083015260c082015260c0815261027460e082610930565b51902061027f610a10565b906040519161190160f01b83526002830152602282015260c43591604260a4359220610bf4565b90929192610c81565b6001600160a01b03168481036102cc57506102ca9350610b53565b005b84906325c0072360e11b5f5260045260245260445ffd5b8463313c898160e11b5f5260045260245ffd5b3461015d57604036600319011261015d5761031c610312610904565b6024359033610966565b602060405160018152f35b3461015d575f36600319011261015d576040515f6004548060011c90600181168015610429575b602083108114610415578285529081156103f15750600114610393575b61038f8361037b81850382610930565b6040519182916020835260208301906108e0565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b8082106103d75750909150810160200161037b61036b565b9192600181602092548385880101520191019092916103bf565b60ff191660208086019190915291151560051b8401909101915061037b905061036b565b634e487b7160e01b5f52602260045260245ffd5b91607f169161034e565b3461015d575f36600319011261015d576008546040516001600160a01b039091168152602090f35b3461015d575f36600319011261015d576104f76104977f0000000000000000000000000000000000000000000000000000000000000000610bb6565b6104c07f0000000000000000000000000000000000000000000000000000000000000000610bb6565b6020610505604051926104d38385610930565b5f84525f368137604051958695600f60f81b875260e08588015260e08701906108e0565b9085820360408701526108e0565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061053c57505050500390f35b83518552869550938101939281019260010161052d565b3461015d57602036600319011261015d576001600160a01b03610574610904565b165f526007602052602060405f2054604051908152f35b3461015d575f36600319011261015d576105a3610b2c565b600880546001600160a01b031981169091555f906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b3461015d57602036600319011261015d576001600160a01b03610607610904565b165f525f602052602060405f2054604051908152f35b3461015d57604036600319011261015d57610636610904565b60243590610642610b2c565b6001600160a01b03169081156106b657600254908082018092116106a25760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b3461015d575f36600319011261015d5760206106e3610a10565b604051908152f35b3461015d575f36600319011261015d57602060405160128152f35b3461015d57606036600319011261015d5761071f610904565b61072761091a565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f198110610765575b5061031c9350610966565b8381106107ca5784156107b75733156107a45761031c945f52600160205260405f2060018060a01b0333165f526020528360405f20910390558461075a565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b3461015d575f36600319011261015d576020600254604051908152f35b3461015d57604036600319011261015d5761031c61081e610904565b6024359033610b53565b3461015d575f36600319011261015d575f6003548060011c906001811680156108d6575b602083108114610415578285529081156103f157506001146108785761038f8361037b81850382610930565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b8082106108bc5750909150810160200161037b61036b565b9192600181602092548385880101520191019092916108a4565b91607f169161084c565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361015d57565b602435906001600160a01b038216820361015d57565b90601f8019910116810190811067ffffffffffffffff82111761095257604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b03169081156109fd576001600160a01b03169182156106b657815f525f60205260405f20548181106109e457817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b634b637e8f60e11b5f525f60045260245ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480610b03575b15610a6b577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152610afd60c082610930565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614610a42565b6008546001600160a01b03163303610b4057565b63118cdaa760e01b5f523360045260245ffd5b6001600160a01b03169081156107b7576001600160a01b03169182156107a45760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a3565b60ff811690601f8211610be55760405191610bd2604084610930565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411610c76579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610c6b575f516001600160a01b03811615610c6157905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b6004811015610ce15780610c93575050565b60018103610caa5763f645eedf60e01b5f5260045ffd5b60028103610cc5575063fce698f760e01b5f5260045260245ffd5b600314610ccf5750565b6335e2f38360e21b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd",
}

// KappaToken is an auto generated Go binding around an Ethereum contract.
type KappaToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KappaToken) GetABI() abi.ABI {
	return c.abi
}

// NewKappaToken creates a new instance of KappaToken.
func NewKappaToken() *KappaToken {
	parsed, err := KappaTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KappaToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KappaToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address owner_) returns()
func (kappaToken *KappaToken) PackConstructor(name_ string, symbol_ string, owner_ common.Address) []byte {
	enc, err := kappaToken.abi.Pack("", name_, symbol_, owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kappaToken *KappaToken) PackDOMAINSEPARATOR() []byte {
	enc, err := kappaToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kappaToken *KappaToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return kappaToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kappaToken *KappaToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := kappaToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kappaToken *KappaToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := kappaToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kappaToken *KappaToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kappaToken *KappaToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kappaToken *KappaToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kappaToken *KappaToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kappaToken *KappaToken) UnpackApprove(data []byte) (bool, error) {
	out, err := kappaToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kappaToken *KappaToken) PackBalanceOf(account common.Address) []byte {
	enc, err := kappaToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kappaToken *KappaToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kappaToken *KappaToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (kappaToken *KappaToken) PackDecimals() []byte {
	enc, err := kappaToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (kappaToken *KappaToken) TryPackDecimals() ([]byte, error) {
	return kappaToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (kappaToken *KappaToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := kappaToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kappaToken *KappaToken) PackEip712Domain() []byte {
	enc, err := kappaToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kappaToken *KappaToken) TryPackEip712Domain() ([]byte, error) {
	return kappaToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kappaToken *KappaToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := kappaToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (kappaToken *KappaToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (kappaToken *KappaToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (kappaToken *KappaToken) PackName() []byte {
	enc, err := kappaToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (kappaToken *KappaToken) TryPackName() ([]byte, error) {
	return kappaToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (kappaToken *KappaToken) UnpackName(data []byte) (string, error) {
	out, err := kappaToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kappaToken *KappaToken) PackNonces(owner common.Address) []byte {
	enc, err := kappaToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kappaToken *KappaToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kappaToken *KappaToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (kappaToken *KappaToken) PackOwner() []byte {
	enc, err := kappaToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (kappaToken *KappaToken) TryPackOwner() ([]byte, error) {
	return kappaToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (kappaToken *KappaToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := kappaToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaToken *KappaToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kappaToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaToken *KappaToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kappaToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (kappaToken *KappaToken) PackRenounceOwnership() []byte {
	enc, err := kappaToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (kappaToken *KappaToken) TryPackRenounceOwnership() ([]byte, error) {
	return kappaToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (kappaToken *KappaToken) PackSymbol() []byte {
	enc, err := kappaToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (kappaToken *KappaToken) TryPackSymbol() ([]byte, error) {
	return kappaToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (kappaToken *KappaToken) UnpackSymbol(data []byte) (string, error) {
	out, err := kappaToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (kappaToken *KappaToken) PackTotalSupply() []byte {
	enc, err := kappaToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (kappaToken *KappaToken) TryPackTotalSupply() ([]byte, error) {
	return kappaToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (kappaToken *KappaToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := kappaToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := kappaToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (kappaToken *KappaToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := kappaToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (kappaToken *KappaToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("transferOwnership", newOwner)
}

// KappaTokenApproval represents a Approval event raised by the KappaToken contract.
type KappaTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const KappaTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (KappaTokenApproval) ContractEventName() string {
	return KappaTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (kappaToken *KappaToken) UnpackApprovalEvent(log *types.Log) (*KappaTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenApproval)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the KappaToken contract.
type KappaTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const KappaTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (KappaTokenEIP712DomainChanged) ContractEventName() string {
	return KappaTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (kappaToken *KappaToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*KappaTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaTokenOwnershipTransferred represents a OwnershipTransferred event raised by the KappaToken contract.
type KappaTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const KappaTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (KappaTokenOwnershipTransferred) ContractEventName() string {
	return KappaTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (kappaToken *KappaToken) UnpackOwnershipTransferredEvent(log *types.Log) (*KappaTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaTokenTransfer represents a Transfer event raised by the KappaToken contract.
type KappaTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const KappaTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (KappaTokenTransfer) ContractEventName() string {
	return KappaTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (kappaToken *KappaToken) UnpackTransferEvent(log *types.Log) (*KappaTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenTransfer)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (kappaToken *KappaToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return kappaToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return kappaToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return kappaToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return kappaToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return kappaToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return kappaToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return kappaToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return kappaToken.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KappaTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the KappaToken contract.
type KappaTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func KappaTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (kappaToken *KappaToken) UnpackECDSAInvalidSignatureError(raw []byte) (*KappaTokenECDSAInvalidSignature, error) {
	out := new(KappaTokenECDSAInvalidSignature)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the KappaToken contract.
type KappaTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func KappaTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (kappaToken *KappaToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*KappaTokenECDSAInvalidSignatureLength, error) {
	out := new(KappaTokenECDSAInvalidSignatureLength)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the KappaToken contract.
type KappaTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func KappaTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (kappaToken *KappaToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*KappaTokenECDSAInvalidSignatureS, error) {
	out := new(KappaTokenECDSAInvalidSignatureS)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the KappaToken contract.
type KappaTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func KappaTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (kappaToken *KappaToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*KappaTokenERC20InsufficientAllowance, error) {
	out := new(KappaTokenERC20InsufficientAllowance)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the KappaToken contract.
type KappaTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func KappaTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (kappaToken *KappaToken) UnpackERC20InsufficientBalanceError(raw []byte) (*KappaTokenERC20InsufficientBalance, error) {
	out := new(KappaTokenERC20InsufficientBalance)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the KappaToken contract.
type KappaTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func KappaTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (kappaToken *KappaToken) UnpackERC20InvalidApproverError(raw []byte) (*KappaTokenERC20InvalidApprover, error) {
	out := new(KappaTokenERC20InvalidApprover)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the KappaToken contract.
type KappaTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func KappaTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (kappaToken *KappaToken) UnpackERC20InvalidReceiverError(raw []byte) (*KappaTokenERC20InvalidReceiver, error) {
	out := new(KappaTokenERC20InvalidReceiver)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the KappaToken contract.
type KappaTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func KappaTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (kappaToken *KappaToken) UnpackERC20InvalidSenderError(raw []byte) (*KappaTokenERC20InvalidSender, error) {
	out := new(KappaTokenERC20InvalidSender)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the KappaToken contract.
type KappaTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func KappaTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (kappaToken *KappaToken) UnpackERC20InvalidSpenderError(raw []byte) (*KappaTokenERC20InvalidSpender, error) {
	out := new(KappaTokenERC20InvalidSpender)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the KappaToken contract.
type KappaTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func KappaTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (kappaToken *KappaToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*KappaTokenERC2612ExpiredSignature, error) {
	out := new(KappaTokenERC2612ExpiredSignature)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the KappaToken contract.
type KappaTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func KappaTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (kappaToken *KappaToken) UnpackERC2612InvalidSignerError(raw []byte) (*KappaTokenERC2612InvalidSigner, error) {
	out := new(KappaTokenERC2612InvalidSigner)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the KappaToken contract.
type KappaTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func KappaTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (kappaToken *KappaToken) UnpackInvalidAccountNonceError(raw []byte) (*KappaTokenInvalidAccountNonce, error) {
	out := new(KappaTokenInvalidAccountNonce)
	if err := kappaToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenInvalidShortString represents a InvalidShortString error raised by the KappaToken contract.
type KappaTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func KappaTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (kappaToken *KappaToken) UnpackInvalidShortStringError(raw []byte) (*KappaTokenInvalidShortString, error) {
	out := new(KappaTokenInvalidShortString)
	if err := kappaToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the KappaToken contract.
type KappaTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func KappaTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (kappaToken *KappaToken) UnpackOwnableInvalidOwnerError(raw []byte) (*KappaTokenOwnableInvalidOwner, error) {
	out := new(KappaTokenOwnableInvalidOwner)
	if err := kappaToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the KappaToken contract.
type KappaTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func KappaTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (kappaToken *KappaToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*KappaTokenOwnableUnauthorizedAccount, error) {
	out := new(KappaTokenOwnableUnauthorizedAccount)
	if err := kappaToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenStringTooLong represents a StringTooLong error raised by the KappaToken contract.
type KappaTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func KappaTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (kappaToken *KappaToken) UnpackStringTooLongError(raw []byte) (*KappaTokenStringTooLong, error) {
	out := new(KappaTokenStringTooLong)
	if err := kappaToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenMetaData contains all meta data concerning the ReentrantToken contract.
var ReentrantTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"armed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbacks\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCallbackError\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCallbackSucceeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payload\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"selfApprove\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "cb6ad455b12ff2570e8c2d06210279c87a",
	Bin: "0x60806040523461031457604080519081016001600160401b0381118282101761022757604090815260098252681499595b9d1c985b9d60ba1b602083015280519081016001600160401b03811182821017610227576040526005815264149151539560da1b602082015281516001600160401b03811161022757600354600181811c9116801561030a575b602082101461020957601f81116102a7575b50602092601f821160011461024657928192935f9261023b575b50508160011b915f199060031b1c1916176003555b80516001600160401b03811161022757600454600181811c9116801561021d575b602082101461020957601f81116101a6575b50602091601f8211600114610146579181925f9261013b575b50508160011b915f199060031b1c1916176004555b604051610f1890816103198239f35b015190505f80610117565b601f1982169260045f52805f20915f5b85811061018e57508360019510610176575b505050811b0160045561012c565b01515f1960f88460031b161c191690555f8080610168565b91926020600181928685015181550194019201610156565b60045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f830160051c810191602084106101ff575b601f0160051c01905b8181106101f457506100fe565b5f81556001016101e7565b90915081906101de565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100ec565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b6565b601f1982169360035f52805f20915f5b86811061028f5750836001959610610277575b505050811b016003556100cb565b01515f1960f88460031b161c191690555f8080610269565b91926020600181928685015181550194019201610256565b60035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f830160051c81019160208410610300575b601f0160051c01905b8181106102f5575061009c565b5f81556001016102e8565b90915081906102df565b90607f169061008a565b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c908162b1278314610a655750806306fdde03146109c0578063095ea7b31461099a57806318160ddd1461097d578063189494c814610957578063232f213c1461093257806323b872dd146108535780632f41109314610831578063313ce567146108165780633522bfd0146106c057806340c10f191461043d57806370a082311461040657806395d89b41146103615780639e99c16f146102bc578063a878f858146101f1578063a9059cbb146101c0578063be6002c214610168578063d4b83992146101405763dd62ed3e146100ec575f80fd5b3461013c57604036600319011261013c57610105610aa3565b61010d610ab9565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b5f80fd5b3461013c575f36600319011261013c576005546040516001600160a01b039091168152602090f35b3461013c575f808061017936610acf565b919290826040519384928337810182815203925af1610196610bdd565b90156101b8576101b490604051918291602083526020830190610a7f565b0390f35b602081519101fd5b3461013c57604036600319011261013c576101e66101dc610aa3565b6024359033610c1c565b602060405160018152f35b3461013c575f36600319011261013c576040515f60065461021181610b33565b8084529060018116908115610298575060011461024d575b6101b48361023981850382610b6b565b604051918291602083526020830190610a7f565b60065f9081525f516020610ef85f395f51905f52939250905b80821061027e57509091508101602001610239610229565b919260018160209254838588010152019101909291610266565b60ff191660208086019190915291151560051b840190910191506102399050610229565b3461013c575f36600319011261013c576040515f6008546102dc81610b33565b80845290600181169081156102985750600114610303576101b48361023981850382610b6b565b60085f9081527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3939250905b80821061034757509091508101602001610239610229565b91926001816020925483858801015201910190929161032f565b3461013c575f36600319011261013c576040515f60045461038181610b33565b808452906001811690811561029857506001146103a8576101b48361023981850382610b6b565b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b8082106103ec57509091508101602001610239610229565b9192600181602092548385880101520191019092916103d4565b3461013c57602036600319011261013c576001600160a01b03610427610aa3565b165f525f602052602060405f2054604051908152f35b3461013c57604036600319011261013c57610456610aa3565b6001600160a01b031660243581156106ad57600254908082018092116106865760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a360075460ff81168061069a575b6104c957005b60ff19166007556009545f1981146106865760010160095560055460405160065490916001600160a01b0316905f9061050181610b33565b90600181169081156106715750600114610635575b5090825f8094819403925af161052a610bdd565b9061ff0060075491151560081b169061ff00191617600755805167ffffffffffffffff81116106215761056781610562600854610b33565b610b8d565b602091601f82116001146105a657610595925f918361059b575b50508160011b915f199060031b1c19161790565b6008555b005b015190508380610581565b601f1982169260085f527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3915f5b858110610609575083600195106105f1575b505050811b01600855005b01515f1960f88460031b161c191690558280806105e6565b919260206001819286850151815501940192016105d4565b634e487b7160e01b5f52604160045260245ffd5b905060065f525f516020610ef85f395f51905f525f905b82821061065d575050820182610516565b60018160209254848801520191019061064c565b60ff1916855250801515028301905082610516565b634e487b7160e01b5f52601160045260245ffd5b506005546001600160a01b0316156104c3565b63ec442f0560e01b5f525f60045260245ffd5b3461013c576106ce36610acf565b909160018060a01b03166bffffffffffffffffffffffff60a01b600554161760055567ffffffffffffffff81116106215761070a600654610b33565b601f81116107c6575b505f601f821160011461075e578190610740935f926107535750508160011b915f199060031b1c19161790565b6006555b6007805460ff19166001179055005b013590508380610581565b601f198216925f516020610ef85f395f51905f52915f5b8581106107ae57508360019510610795575b505050811b01600655610744565b01355f19600384901b60f8161c19169055828080610787565b90926020600181928686013581550194019101610775565b60065f525f516020610ef85f395f51905f52601f830160051c8101916020841061080c575b601f0160051c01905b8181106108015750610713565b5f81556001016107f4565b90915081906107eb565b3461013c575f36600319011261013c57602060405160128152f35b3461013c575f36600319011261013c57602060ff600754166040519015158152f35b3461013c57606036600319011261013c5761086c610aa3565b610874610ab9565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f1981106108b2575b506101e69350610c1c565b8381106109175784156109045733156108f1576101e6945f52600160205260405f2060018060a01b0333165f526020528360405f2091039055846108a7565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b3461013c575f36600319011261013c57602060ff60075460081c166040519015158152f35b3461013c57604036600319011261013c57610599610973610aa3565b6024359030610e94565b3461013c575f36600319011261013c576020600254604051908152f35b3461013c57604036600319011261013c576101e66109b6610aa3565b6024359033610e94565b3461013c575f36600319011261013c576040515f6003546109e081610b33565b80845290600181169081156102985750600114610a07576101b48361023981850382610b6b565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b808210610a4b57509091508101602001610239610229565b919260018160209254838588010152019101909291610a33565b3461013c575f36600319011261013c576020906009548152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361013c57565b602435906001600160a01b038216820361013c57565b604060031982011261013c576004356001600160a01b038116810361013c579160243567ffffffffffffffff811161013c578260238201121561013c5780600401359267ffffffffffffffff841161013c576024848301011161013c576024019190565b90600182811c92168015610b61575b6020831014610b4d57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610b42565b90601f8019910116810190811067ffffffffffffffff82111761062157604052565b601f8111610b99575050565b60085f5260205f20906020601f840160051c83019310610bd3575b601f0160051c01905b818110610bc8575050565b5f8155600101610bbd565b9091508190610bb4565b3d15610c17573d9067ffffffffffffffff82116106215760405191610c0c601f8201601f191660200184610b6b565b82523d5f602084013e565b606090565b6001600160a01b031691908215610e81576001600160a01b03169081156106ad57825f525f60205260405f2054818110610e685760208285937fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef93855f525f84520360405f2055845f525f825260405f20818154019055604051908152a36007549060ff82169081610e53575b50610cb15750565b60ff19166007556009545f1981146106865760010160095560018060a01b03600554166040515f600654610ce481610b33565b9060018116908115610e3e5750600114610e02575b5091815f809493819403925af190610d0f610bdd565b9161ff0060075491151560081b169061ff00191617600755815167ffffffffffffffff811161062157610d4781610562600854610b33565b602092601f8211600114610d8657610d76929382915f92610d7b5750508160011b915f199060031b1c19161790565b600855565b015190505f80610581565b601f1982169360085f527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3915f5b868110610dea5750836001959610610dd2575b505050811b01600855565b01515f1960f88460031b161c191690555f8080610dc7565b91926020600181928685015181550194019201610db4565b905060065f525f516020610ef85f395f51905f525f905b828210610e2a575050810181610cf9565b600181602092548487015201910190610e19565b60ff1916845250801515028201905081610cf9565b6005546001600160a01b03161490505f610ca9565b8363391434e360e21b5f5260045260245260445260645ffd5b634b637e8f60e11b5f525f60045260245ffd5b6001600160a01b0316908115610904576001600160a01b03169182156108f15760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a356fef652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f",
}

// ReentrantToken is an auto generated Go binding around an Ethereum contract.
type ReentrantToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantToken) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantToken creates a new instance of ReentrantToken.
func NewReentrantToken() *ReentrantToken {
	parsed, err := ReentrantTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantToken *ReentrantToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := reentrantToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return reentrantToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) UnpackApprove(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrantToken *ReentrantToken) PackArm(target common.Address, data []byte) []byte {
	enc, err := reentrantToken.abi.Pack("arm", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrantToken *ReentrantToken) TryPackArm(target common.Address, data []byte) ([]byte, error) {
	return reentrantToken.abi.Pack("arm", target, data)
}

// PackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function armed() view returns(bool)
func (reentrantToken *ReentrantToken) PackArmed() []byte {
	enc, err := reentrantToken.abi.Pack("armed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function armed() view returns(bool)
func (reentrantToken *ReentrantToken) TryPackArmed() ([]byte, error) {
	return reentrantToken.abi.Pack("armed")
}

// UnpackArmed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (reentrantToken *ReentrantToken) UnpackArmed(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("armed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantToken *ReentrantToken) PackBalanceOf(account common.Address) []byte {
	enc, err := reentrantToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return reentrantToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCallbacks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b12783.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbacks() view returns(uint256)
func (reentrantToken *ReentrantToken) PackCallbacks() []byte {
	enc, err := reentrantToken.abi.Pack("callbacks")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbacks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b12783.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbacks() view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackCallbacks() ([]byte, error) {
	return reentrantToken.abi.Pack("callbacks")
}

// UnpackCallbacks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00b12783.
//
// Solidity: function callbacks() view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackCallbacks(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("callbacks", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantToken *ReentrantToken) PackDecimals() []byte {
	enc, err := reentrantToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantToken *ReentrantToken) TryPackDecimals() ([]byte, error) {
	return reentrantToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantToken *ReentrantToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := reentrantToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address target_, bytes data) returns(bytes)
func (reentrantToken *ReentrantToken) PackExec(target common.Address, data []byte) []byte {
	enc, err := reentrantToken.abi.Pack("exec", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address target_, bytes data) returns(bytes)
func (reentrantToken *ReentrantToken) TryPackExec(target common.Address, data []byte) ([]byte, error) {
	return reentrantToken.abi.Pack("exec", target, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe6002c2.
//
// Solidity: function exec(address target_, bytes data) returns(bytes)
func (reentrantToken *ReentrantToken) UnpackExec(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e99c16f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCallbackError() view returns(bytes)
func (reentrantToken *ReentrantToken) PackLastCallbackError() []byte {
	enc, err := reentrantToken.abi.Pack("lastCallbackError")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e99c16f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCallbackError() view returns(bytes)
func (reentrantToken *ReentrantToken) TryPackLastCallbackError() ([]byte, error) {
	return reentrantToken.abi.Pack("lastCallbackError")
}

// UnpackLastCallbackError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e99c16f.
//
// Solidity: function lastCallbackError() view returns(bytes)
func (reentrantToken *ReentrantToken) UnpackLastCallbackError(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("lastCallbackError", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastCallbackSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x232f213c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCallbackSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) PackLastCallbackSucceeded() []byte {
	enc, err := reentrantToken.abi.Pack("lastCallbackSucceeded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCallbackSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x232f213c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCallbackSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) TryPackLastCallbackSucceeded() ([]byte, error) {
	return reentrantToken.abi.Pack("lastCallbackSucceeded")
}

// UnpackLastCallbackSucceeded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x232f213c.
//
// Solidity: function lastCallbackSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) UnpackLastCallbackSucceeded(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("lastCallbackSucceeded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (reentrantToken *ReentrantToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (reentrantToken *ReentrantToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (reentrantToken *ReentrantToken) PackName() []byte {
	enc, err := reentrantToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (reentrantToken *ReentrantToken) TryPackName() ([]byte, error) {
	return reentrantToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (reentrantToken *ReentrantToken) UnpackName(data []byte) (string, error) {
	out, err := reentrantToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payload() view returns(bytes)
func (reentrantToken *ReentrantToken) PackPayload() []byte {
	enc, err := reentrantToken.abi.Pack("payload")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payload() view returns(bytes)
func (reentrantToken *ReentrantToken) TryPackPayload() ([]byte, error) {
	return reentrantToken.abi.Pack("payload")
}

// UnpackPayload is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa878f858.
//
// Solidity: function payload() view returns(bytes)
func (reentrantToken *ReentrantToken) UnpackPayload(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("payload", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSelfApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189494c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function selfApprove(address spender, uint256 amount) returns()
func (reentrantToken *ReentrantToken) PackSelfApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("selfApprove", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSelfApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189494c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function selfApprove(address spender, uint256 amount) returns()
func (reentrantToken *ReentrantToken) TryPackSelfApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("selfApprove", spender, amount)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (reentrantToken *ReentrantToken) PackSymbol() []byte {
	enc, err := reentrantToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (reentrantToken *ReentrantToken) TryPackSymbol() ([]byte, error) {
	return reentrantToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (reentrantToken *ReentrantToken) UnpackSymbol(data []byte) (string, error) {
	out, err := reentrantToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) PackTarget() []byte {
	enc, err := reentrantToken.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) TryPackTarget() ([]byte, error) {
	return reentrantToken.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reentrantToken.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantToken *ReentrantToken) PackTotalSupply() []byte {
	enc, err := reentrantToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackTotalSupply() ([]byte, error) {
	return reentrantToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ReentrantTokenApproval represents a Approval event raised by the ReentrantToken contract.
type ReentrantTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReentrantTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ReentrantTokenApproval) ContractEventName() string {
	return ReentrantTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (reentrantToken *ReentrantToken) UnpackApprovalEvent(log *types.Log) (*ReentrantTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantTokenApproval)
	if len(log.Data) > 0 {
		if err := reentrantToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ReentrantTokenTransfer represents a Transfer event raised by the ReentrantToken contract.
type ReentrantTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ReentrantTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ReentrantTokenTransfer) ContractEventName() string {
	return ReentrantTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (reentrantToken *ReentrantToken) UnpackTransferEvent(log *types.Log) (*ReentrantTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantTokenTransfer)
	if len(log.Data) > 0 {
		if err := reentrantToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (reentrantToken *ReentrantToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReentrantTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ReentrantToken contract.
type ReentrantTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ReentrantTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (reentrantToken *ReentrantToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*ReentrantTokenERC20InsufficientAllowance, error) {
	out := new(ReentrantTokenERC20InsufficientAllowance)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ReentrantToken contract.
type ReentrantTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ReentrantTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (reentrantToken *ReentrantToken) UnpackERC20InsufficientBalanceError(raw []byte) (*ReentrantTokenERC20InsufficientBalance, error) {
	out := new(ReentrantTokenERC20InsufficientBalance)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ReentrantTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidApproverError(raw []byte) (*ReentrantTokenERC20InvalidApprover, error) {
	out := new(ReentrantTokenERC20InvalidApprover)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ReentrantTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidReceiverError(raw []byte) (*ReentrantTokenERC20InvalidReceiver, error) {
	out := new(ReentrantTokenERC20InvalidReceiver)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ReentrantTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidSenderError(raw []byte) (*ReentrantTokenERC20InvalidSender, error) {
	out := new(ReentrantTokenERC20InvalidSender)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ReentrantTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidSpenderError(raw []byte) (*ReentrantTokenERC20InvalidSpender, error) {
	out := new(ReentrantTokenERC20InvalidSpender)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RulesMirrorMetaData contains all meta data concerning the RulesMirror contract.
var RulesMirrorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"labelDoc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"mask\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"goldCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chunkId\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"size\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"tasksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"gold\",\"type\":\"bytes32\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "2f248bd1d98cf1780f3353d265eb52a356",
	Bin: "0x608080604052346015576102bb908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c908163492ebb331461016657508063add4d5b8146100d15763be65ba3a1461003d575f80fd5b346100cd5760603660031901126100cd5760043567ffffffffffffffff81116100cd5761006e903690600401610239565b60243567ffffffffffffffff81116100cd576100c2602080946100b261009b6100ac953690600401610239565b604051968794868601998a9161026a565b9161026a565b6044358152038084520182610285565b519020604051908152f35b5f80fd5b346100cd5760a03660031901126100cd5760043567ffffffffffffffff81168091036100cd576024359060ff82168092036100cd576044359161ffff83168093036100cd576020926040519184830193845260408301526060820152606435608082015260843560a082015260a0815261014c60c082610285565b5190206040518281019182528281526100c2604082610285565b346100cd576101003660031901126100cd576024356001600160a01b03811681036100cd57608435916001600160a01b03831683036100cd5760a4359267ffffffffffffffff84116100cd576040826102206100c2936101cc6020983690600401610239565b9091898501986004358a526bffffffffffffffffffffffff199060601b1686860152604435605486015260643560748601526bffffffffffffffffffffffff199060601b16609485015260a884019161026a565b60c435815260e435878201520385810184520182610285565b9181601f840112156100cd5782359167ffffffffffffffff83116100cd576020808501948460051b0101116100cd57565b91906001600160fb1b0381116100cd5760051b809282370190565b90601f8019910116810190811067ffffffffffffffff8211176102a757604052565b634e487b7160e01b5f52604160045260245ffd",
}

// RulesMirror is an auto generated Go binding around an Ethereum contract.
type RulesMirror struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RulesMirror) GetABI() abi.ABI {
	return c.abi
}

// NewRulesMirror creates a new instance of RulesMirror.
func NewRulesMirror() *RulesMirror {
	parsed, err := RulesMirrorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RulesMirror{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RulesMirror) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x492ebb33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitment(uint256 chainId, address hub, uint256 campaignId, uint256 chunkId, address annotator, uint256[] labels, bytes32 labelDoc, bytes32 salt) pure returns(bytes32)
func (rulesMirror *RulesMirror) PackCommitment(chainId *big.Int, hub common.Address, campaignId *big.Int, chunkId *big.Int, annotator common.Address, labels []*big.Int, labelDoc [32]byte, salt [32]byte) []byte {
	enc, err := rulesMirror.abi.Pack("commitment", chainId, hub, campaignId, chunkId, annotator, labels, labelDoc, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x492ebb33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitment(uint256 chainId, address hub, uint256 campaignId, uint256 chunkId, address annotator, uint256[] labels, bytes32 labelDoc, bytes32 salt) pure returns(bytes32)
func (rulesMirror *RulesMirror) TryPackCommitment(chainId *big.Int, hub common.Address, campaignId *big.Int, chunkId *big.Int, annotator common.Address, labels []*big.Int, labelDoc [32]byte, salt [32]byte) ([]byte, error) {
	return rulesMirror.abi.Pack("commitment", chainId, hub, campaignId, chunkId, annotator, labels, labelDoc, salt)
}

// UnpackCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x492ebb33.
//
// Solidity: function commitment(uint256 chainId, address hub, uint256 campaignId, uint256 chunkId, address annotator, uint256[] labels, bytes32 labelDoc, bytes32 salt) pure returns(bytes32)
func (rulesMirror *RulesMirror) UnpackCommitment(data []byte) ([32]byte, error) {
	out, err := rulesMirror.abi.Unpack("commitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGoldCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe65ba3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function goldCommitment(uint256[] mask, uint256[] labels, bytes32 salt) pure returns(bytes32)
func (rulesMirror *RulesMirror) PackGoldCommitment(mask []*big.Int, labels []*big.Int, salt [32]byte) []byte {
	enc, err := rulesMirror.abi.Pack("goldCommitment", mask, labels, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGoldCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe65ba3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function goldCommitment(uint256[] mask, uint256[] labels, bytes32 salt) pure returns(bytes32)
func (rulesMirror *RulesMirror) TryPackGoldCommitment(mask []*big.Int, labels []*big.Int, salt [32]byte) ([]byte, error) {
	return rulesMirror.abi.Pack("goldCommitment", mask, labels, salt)
}

// UnpackGoldCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe65ba3a.
//
// Solidity: function goldCommitment(uint256[] mask, uint256[] labels, bytes32 salt) pure returns(bytes32)
func (rulesMirror *RulesMirror) UnpackGoldCommitment(data []byte) ([32]byte, error) {
	out, err := rulesMirror.abi.Unpack("goldCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadd4d5b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leafHash(uint64 chunkId, uint8 tier, uint16 size, bytes32 tasksRoot, bytes32 gold) pure returns(bytes32)
func (rulesMirror *RulesMirror) PackLeafHash(chunkId uint64, tier uint8, size uint16, tasksRoot [32]byte, gold [32]byte) []byte {
	enc, err := rulesMirror.abi.Pack("leafHash", chunkId, tier, size, tasksRoot, gold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadd4d5b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leafHash(uint64 chunkId, uint8 tier, uint16 size, bytes32 tasksRoot, bytes32 gold) pure returns(bytes32)
func (rulesMirror *RulesMirror) TryPackLeafHash(chunkId uint64, tier uint8, size uint16, tasksRoot [32]byte, gold [32]byte) ([]byte, error) {
	return rulesMirror.abi.Pack("leafHash", chunkId, tier, size, tasksRoot, gold)
}

// UnpackLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadd4d5b8.
//
// Solidity: function leafHash(uint64 chunkId, uint8 tier, uint16 size, bytes32 tasksRoot, bytes32 gold) pure returns(bytes32)
func (rulesMirror *RulesMirror) UnpackLeafHash(data []byte) ([32]byte, error) {
	out, err := rulesMirror.abi.Unpack("leafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// SettleLibMetaData contains all meta data concerning the SettleLib contract.
var SettleLibMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"BalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DisputeExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DisputeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"FinalizeTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"GoldMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"distinct\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"GoldNotStratified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"GoldRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"}],\"name\":\"InvalidLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"LabelsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"}],\"name\":\"NotDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotReviewer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReviewerIsAnnotator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"}],\"name\":\"ReviewersFirst\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"StaleRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooMuchGold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongLabelCount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"}],\"name\":\"ChunkReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"DisputesExpired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"accepted\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"disputeMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"goldRevealed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remainingDisputes\",\"type\":\"uint256\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumReputationRegistry.Reason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"matched\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"missed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"stake\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"repDelta\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"}],\"name\":\"Settled\",\"type\":\"event\"}]",
	ID:  "7b65e44a11e94d799e0f12e3e3f0bfc444",
	Bin: "0x60808060405234601b57612de390816100208239308160080152f35b5f80fdfe610600604052307f0000000000000000000000000000000000000000000000000000000000000000146004361015610035575f80fd5b5f3560e01c806338fef5ff14610d845780634cf7c18514610a365763672178f01461005e575f80fd5b61083f5761014036600319011261083f5760c4356001600160401b03811161083f5761008e903690600401610e25565b9060e4356001600160401b03811161083f576100ae903690600401610e25565b610124939193356001600160401b03811161083f576100d1903690600401610e25565b926100f66100dd610e8a565b95600435549260ff84169182895260a435602435611137565b9361010085610f44565b51926001600160401b0384166020880152600260ff8560581c1614801590610a2b575b8015610a13575b6109f557600160043501549761015363ffffffff8a60c01c1664ffffffffff8760b01c16610f89565b8042116109db57505f5b88518110156101d8576001600160ff1b03811681036101c4578060011b600201806002116101c45733906001600160a01b039061019a908b610f75565b5116146101a95760010161015d565b6020890151637aec6d2b60e11b5f526004523360245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b5094969395939488336001600160a01b038216146109c057600435600301546001600160a01b03165f9081526064356020908152604080832033845290915290205461022390611696565b9060e01c11610965575b61025161ffff8860481c1680604089015260ff8660101c16908160608a01526111ea565b806080880152808403610947575061026b88828789611233565b600160608701511b91825f198101116101c45760608701519485156103e95760ff8160281c165f146109375761ffff60019160181c161b979590955b5f985b60408901518a10156104095760018a1b6101043516156103fd576102d287610100048b6110f8565b968061010004156103e9576102f160608b015182610100048d06610f96565b965f1987016103018a838d611102565b35891c1699838b10156103ce575f8e5b8d518210156103b457908d8d8d8d8d8d60019760a087015189891b16156103a857610352610358935f19019561034c8a6101208b0151611028565b51610f89565b91611102565b35901c160361038c5761014001516103838261037d6103778285611028565b51611112565b92611028565b525b018e610311565b61016001516103a28261037d6103778285611028565b52610385565b50505050505050610385565b505094939b919850965060019198505b01989091966102aa565b8c60208d01516307409eb760e51b5f5260045260245260445ffd5b634e487b7160e01b5f52601260045260245ffd5b969190986001906103c4565b50848861042b61042560ff8b9560401c16600860043501610fde565b50610fed565b905f925f935b82518510156106955760a08301516001861b161561068c5761045885610140850151611028565b519461046981610160860151611028565b51916104896104826001600160801b0388511689610f96565b8092610f89565b60208601516001600435015491986001600160a01b03909216949091906001600160ff1b03851685036101c4578460011b600201806002116101c4576001600160a01b03906104d8908e610f75565b511693828004600114831517156101c4578160011b828104600214831517156101c4576105059084611046565b9080610604575b5f928261055c575b6001985060405194600486526020860152604085015260608401525f608084015260a083015260c08201525f516020612dc35f395f51905f5260e060843592a45b0193610431565b6001600160a01b038981165f90815260643560209081526040808320938b168352929052205490935061058e90611696565b92828401935f84861291129080158216911516176101c4575f84126105fc575b620f424084136105f1575b600184018085116101c4576001998a8060a01b03165f5260643560205260405f208a8060a01b0389165f5260205260405f2055610514565b620f424093506105b9565b5f93506105ae565b6001600160a01b0386165f9081526044356020526040902054610630826001600160801b038316610f89565b906001600160801b03821161067957610659866001600160401b038060a01b9360a01c16610f89565b60a01b161760018060a01b0387165f5260443560205260405f205561050c565b8763b323377560e01b5f5260045260245ffd5b93600190610555565b858785856106a561010435611389565b946005600435016106c06001600160801b0382541688610f96565b968791602085015183610876575b6001600160801b039361078a6107506107999561074a88968761074160209e828f61078f9b604051906005825260208a908301525f60408301528c60608301525f60808301525f60a08301525f60c083015233915f516020612dc35f395f51905f5260e060843592a45191511690610f96565b91541690610f89565b90610f96565b9660048035019761078a61076a8783168b5460801c61106e565b8a546001600160801b031660809190911b6001600160801b031916178a55565b611039565b168284541661108e565b166001600160801b03198254161790556107b283610f65565b516101043519169283610843575060a4355f526024358252600160405f20555b015192604051946101043586526080602087015280608087015260018060fb1b03811161083f5760051b809360a0870137604085015260608401527fc6646887e1895dd736df424077e04a48748bbf8f75061f8b82988d768d2437df339360a081608435948101030190a4005b5f80fd5b808461085161087193610f65565b5260a43560243590916020815160051b910120915f5260205260405f2055565b6107d2565b335f9081526044356020526040902054909693509061089e8a6001600160801b038416610f89565b966001600160801b0388116109245761078a6107508561074a61078f958f956107416001600160801b039b60209f8f8e9c948d95926107999f936108f388956001600160401b038060a01b9360a01c16610f89565b60a01b161760018060a01b0333165f5260443560205260405f20559b5050509e5050509650509550505093506106ce565b63b323377560e01b5f523360045260245ffd5b60181c61ffff16979095906102a7565b836020880151635e52baa360e11b5f5260045260245260445260645ffd5b600435600201546001600160a01b03811633036109c05763ffffffff6109999160a01c1664ffffffffff8960b01c16610f89565b8042106109a6575061022d565b60208701516349d9792760e01b5f5260045260245260445ffd5b60208701516321f7861160e21b5f526004523360245260445ffd5b602089015163b80257bd60e01b5f5260045260245260445ffd5b602087015163b071391160e01b5f526004526101043560245260445ffd5b50610a1d86610f65565b51196101043516151561012a565b506101043515610123565b5061083f5760e036600319011261083f5760c4356001600160401b03811161083f57610a69610a80913690600401610e25565b919060ff600435541692839160a435602435611137565b90610a8a82610f44565b51610a9483610f65565b5191600260ff8360581c1603610d6457610ac763ffffffff6001600435015460c01c1664ffffffffff8460b01c16610f89565b80421115610d455750610ad983611389565b90610af261042560ff8560401c16600860043501610fde565b5f955f5b838110610be457866001600160401b03878a610b3a8961074a610b248b6001600160801b038c511690610f96565b6001600160801b03600560043501541690610f89565b6001600160801b03610b838161078f8560048035019561078a610b63858316895460801c61106e565b88546001600160801b031660809190911b6001600160801b031916178855565b166001600160801b031982541617905560a4355f52602435602052600160405f20556040519360a43585526020850152604084015216907fcb78175dca9240922621a583b37aff2597add41dfdc59e5492f685fe37253a87606060843592a3005b6001600160ff1b03811681036101c4578060011b600201806002116101c457610c0d9083610f75565b5197600360ff8a60c81c1603610d3b57610c346104826001600160801b0386511688610f96565b9881610c9a575b906001929160405191600683528860208401525f604084015260608301525f60808301525f60a08301525f60c0830152838060a01b0316906001600160401b038916905f516020612dc35f395f51905f5260e060843592a45b01610af6565b6001600160a01b0381165f9081526044356020526040902054610cc6836001600160801b038316610f89565b906001600160801b038211610d1d5790600194939291610cf68a6001600160401b038060a01b9360a01c16610f89565b60a087811b9790970384165f90815260443560205260409020961b16179093559091610c3b565b63b323377560e01b5f9081526001600160a01b038416600452602490fd5b9750600190610c94565b6001600160401b03836399bb138d60e01b5f521660045260245260445ffd5b6001600160401b038263b071391160e01b5f52166004525f60245260445ffd5b5061083f5761014036600319011261083f5760e4356001600160401b03811161083f57610db5903690600401610e25565b90610104356001600160401b03811161083f57610dd6903690600401610e25565b6101243592916001600160401b03841161083f576080600319853603011261083f57602094610e1d946004019360c43560a4356084356064356044356024356004356110ae565b604051908152f35b9181601f8401121561083f578235916001600160401b03831161083f576020808501948460051b01011161083f57565b90601f801991011681019081106001600160401b03821117610e7657604052565b634e487b7160e01b5f52604160045260245ffd5b604051906101c082018281106001600160401b03821117610e76576040525f6101a0838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e082015282610100820152610100604051610ef18282610e55565b81368237610120830152604051610f088282610e55565b81368237610140830152604051610f1f8282610e55565b8136823761016083015260405190610f378183610e55565b3682376101808201520152565b805115610f515760200190565b634e487b7160e01b5f52603260045260245ffd5b805160011015610f515760400190565b8051821015610f515760209160051b010190565b919082018092116101c457565b818102929181159184041417156101c457565b903590601e198136030182121561083f57018035906001600160401b03821161083f57602001918160051b3603831361083f57565b6008821015610f515701905f90565b90604051604081018181106001600160401b03821117610e765760405291546001600160801b038116835260801c63ffffffff166020830152565b906008811015610f515760051b0190565b919082039182116101c457565b81810392915f1380158285131691841216176101c457565b600160ff1b81146101c4575f0390565b906001600160801b03809116911603906001600160801b0382116101c457565b906001600160801b03809116911601906001600160801b0382116101c457565b6104405261048052610540526103e05261040052610420526103a0526105e052610360919091526105a0919091526104a0919091525f610460526110f190611708565b6104605190565b81156103e9570490565b9190811015610f515760051b0190565b5f1981146101c45760010190565b6001600160401b038111610e765760051b60200190565b9194939092906001600160ff1b03811681036101c45760011b600201806002116101c45781036111d75761116a81611120565b946111786040519687610e55565b81865260208601809260051b82019136831161083f57905b8282106111c757505050845160051b902090825f5260205260405f2054036111b55750565b63a351454960e01b5f5260045260245ffd5b8135815260209182019101611190565b8263a351454960e01b5f5260045260245ffd5b9080156103e95761120090610100048092610f89565b5f198101919082116101c457611215916110f8565b90565b91906001600160fb1b03811161083f5760051b809282370190565b9190935f915f925b84518410156112bb576001600160ff1b03841684036101c4578360011b600201806002116101c45760ff6112716003928a610f75565b5160c81c16036112b2576112a960019160a0870183871b81511790528061129d876101208a0151611028565b52608087015190610f89565b935b019261123b565b926001906112ab565b9195939490925081810361136c5750505f5b83518110156113665760a08401516001821b161561135e576112f481610120860151611028565b5160808501516040519060051b809260051b85018237206001600160ff1b03821682036101c4578160011b600301806003116101c4576113349085610f75565b5103611344576001905b016112cd565b602084015163e7337b6560e01b5f5260045260245260445ffd5b60019061133e565b50505050565b6020850151635e52baa360e11b5f5260045260245260445260645ffd5b7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff7e01000100010001000100010001000100010001000100010001000100010001917f55555555555555555555555555555555555555555555555555555555555555558160011c1690037f3333333333333333333333333333333333333333333333333333333333333333808260021c169116018060041c017f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f7e0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8260081c16911601160260f01c90565b1890600181116114d4575b600281116114c8575b600481116114bc575b600881116114ae575b6010106114a457191690565b8060101c17191690565b600882901c90911790611498565b908060041c179061148f565b908060021c1790611486565b908060011c179061147d565b9190926101a0830191825190549060ff8260381c169081811161167957505060ff8160281c16801561166e575b611667576060840151906001821b905f1982019182116101c45782156103e9579582610100045f955f925b608089015184101561160e5761155b846115556020840184610fa9565b90611102565b35998a1561160057611574856115556040850185610fa9565b35975f5b858110806115e1575b156115cb5760018d6115938b84610f96565b1c166115a8575b6115a390611112565b611578565b996115a390600160ff8a8d8f8e6115be91610f96565b1c16161b179a905061159a565b50939750936001919a505b019298959195611538565b506115f5816115f0888a610f96565b610f89565b60408d015111611581565b936001919a509692966115d6565b509591505061ffff92506116259150959295611389565b92519160181c168082101561165f5750915b82821061164357505050565b6020015163078f533b60e21b5f5260045260245260445260645ffd5b905091611637565b5092505050565b50600283511061150d565b6020860151631b71d27b60e21b5f5260045260245260445260645ffd5b63ffffffff16806116a75750606490565b5f1981019081116101c45790565b929080156103e9576116d66116cf82610100048094610f96565b9283610f89565b831015611702576116ec6116f192600194611039565b610f96565b1b905f1982019182116101c4571690565b50505090565b611745905f61046052611719610e8a565b6105605261044051546105c05260ff6105c05116908161056051526105e0516103a05161048051611137565b6105805261175561058051610f44565b516103c0526001600160401b036103c05116806020610560510152600160ff6103c05160581c1603612db057506117b261ffff6103c05160481c1680604061056051015260ff6105c05160101c16908160606105605101526111ea565b608061056051015264ffffffffff6103c05160881c168015612d6c575b6117e69063ffffffff6105c05160a01c1690610f89565b906001915f5b6105605151811015611843576001600160ff1b03811681036101c4578060011b600201806002116101c45760ff61182860039261058051610f75565b5160c81c160361183b575b6001016117ec565b5f9350611833565b5090911580612d62575b612d485761185d61058051610f65565b519081612c0b575b505061187f6105a051610360516105805161056051611233565b5f610240526105c05160281c60ff1615612bf757600161ffff6105c05160181c161b610240525b6080610560510151610520526118d16118c161052051611120565b6040516105005261050051610e55565b6105205161050051526118e661052051611120565b601f19013660206105005101376105605160608101516104e081905290516104c0526001901b5f198101116101c4575f1960016104e0511b01156103e95760e0610560510151612a03575b6105605160a081015160c0820151191661028052610120810151610260526101408101516103005261016001516102c0526104a051611974906020810190610fa9565b5061198860406104a051016104a051610fa9565b506101e0526105605160e081015115156102a052604080820151610340526080820151610320526101009091015161038052516102e0525f5b6103205181106125b35750506103805161010061056051015260e061056051015161259a575b60e0610560510151155f5b6105605151811015612594576001600160ff1b03811681036101c4578060011b600201806002116101c45760ff611a2e60039261058051610f75565b5160c81c161480612580575b611a46576001016119f2565b50505f5b611a6661042560ff6103c05160401c1660086104405101610fde565b6101c05260018060a01b0360016104405101541661012052611a9a6040610560510151600361044051015460a01c90610f96565b6101a0525f610220819052610200525b610560515161020051101561223a57610200516001600160ff1b03811614156101408190526101c4576102005160011b600201600211806101c457611afb6102005160011b60020161058051610f75565b516101805260ff6101805160c81c16801561223357600314611d5e57611b276101a05161046051610f89565b610460526020610560510151611b3f6101a05161105e565b906040610560510151806003029060038204036101c457611b5f9061105e565b5f831315611d5857825b80611cc1575b505f9080611c09575b60405193600285525f60208601525f60408601525f6060860152608085015260a084015260c083015260018060a01b036101805116915f516020612dc35f395f51905f5260e06104205192a4610140516101c4576101c457600160ca1b60ff60c81b19610180511617611bf76102005160011b60020161058051610f75565b525b6001610200510161020052611aaa565b610120516001600160a01b039081165f90815261040051602090815260408083206101805190941683529290522054909150611c4490611696565b90808201915f82841291129080158216911516176101c4575f8212611cb9575b620f42408213611cae575b600182018083116101c457610120516001600160a01b039081165f90815261040051602090815260408083206101805190941683529290522055611b78565b620f42409150611c6f565b5f9150611c64565b610180516001600160a01b03165f9081526103e051602052604090205490611cf2906001600160801b038316610f89565b6001600160801b038111611d3757610180516001600160a01b03165f9081526103e0516020526040812067ffffffffffffffff60a01b90931691909117909155611b6f565b63b323377560e01b5f908152610180516001600160a01b0316600452602490fd5b5f611b69565b506105605160c00151610200516001901b1615611f9f57611d8a61020051610180610560510151611028565b51611d9b6101a05161046051610f89565b610460526020610560510151611db36101a05161105e565b60e052816005026005810483036101c457611dcd9061105e565b5f60e051135f14611f995760e0515b80611f23575b505f9080611e6b575b60405193600185525f602086015260408501525f606085015260e051608085015260a084015260c083015260018060a01b036101805116915f516020612dc35f395f51905f5260e06104205192a45f61014052600160ca1b60ff60c81b19610180511617611e656102005160011b60020161058051610f75565b52611bf9565b610120516001600160a01b039081165f90815261040051602090815260408083206101805190941683529290522054909150611ea690611696565b90808201915f82841291129080158216911516176101c4575f8212611f1b575b620f42408213611f10575b600182018083116101c457610120516001600160a01b039081165f90815261040051602090815260408083206101805190941683529290522055611deb565b620f42409150611ed1565b5f9150611ec6565b610180516001600160a01b03165f9081526103e051602052604090205490611f54906001600160801b038316610f89565b6001600160801b038111611d3757610180516001600160a01b03165f9081526103e0516020526040812067ffffffffffffffff60a01b90931691909117909155611de2565b5f611ddc565b611fb461020051610140610560510151611028565b51611fcc6001600160801b036101c051511682610f96565b608052611fde60805161022051610f89565b61022052611ff761020051610180610560510151611028565b5161016052602061056051015160c05261201c61020051610160610560510151611028565b5160a052612035610160516101a0610560510151611039565b808004600114811517156101c4576101605160011b610160518104600214610160511517156101c45761206791611046565b5f6101a051135f1461222b576120826101a051608051610f89565b806121a4575b505f90806120ec575b604051925f8452602084015260a051604084015260805160608401526101a051608084015260a083015260c082015260018060a01b0361018051169060c051905f516020612dc35f395f51905f5260e06104205192a4611bf9565b610120516001600160a01b039081165f9081526104005160209081526040808320610180519094168352929052205490915061212790611696565b90808201915f82841291129080158216911516176101c4575f821261219c575b620f42408213612191575b600182018083116101c457610120516001600160a01b039081165f90815261040051602090815260408083206101805190941683529290522055612091565b620f42409150612152565b5f9150612147565b610180516001600160a01b03165f9081526103e0516020526040902054906121d5906001600160801b038316610f89565b906001600160801b038211611d37576121fe846001600160401b038060a01b9360a01c16610f89565b60a01b161760018060a01b0360018060a01b036101805116165f526103e05160205260405f20555f612088565b608051612082565b5050611bf9565b61227061225961056051516001600160801b036101c051511690610f96565b6001600160801b0360056104405101541690610f89565b906124535761229b906116ec6040610560510151612295610100610560510151611389565b90611039565b600461044051016122dc6122bc6001600160801b038416835460801c61106e565b82546001600160801b031660809190911b6001600160801b031916178255565b6001600160801b036122f58161078f6102205186611039565b82546001600160801b03191691161790556105605161010001516123de576103a0515f5261048051602052600160405f20555b6020610560510151906101006105605101519061235360e06105605101511515916102205190611039565b6040519160a08301936103a051845260a06020850152610500515180955260c084019460206105005101905f5b8181106123c85750505060408401526060830152608082015261042051917f64e4ee1a4580cbf3f324681f1562206919d26d114bf4e8c84f879010c52723f8919081900390a3565b8251885260209788019790920191600101612380565b600160591b4260b01b6fffffffffff00000000000000000000ff60581b196103c05116171761240f61058051610f44565b5261010061056051015161242561058051610f65565b5261244e610580516103a0516104805190916020815160051b910120915f5260205260405f2055565b612328565b612464906040610560510151610f96565b6001600160801b0381166001600160801b036124bb60046104405101926124b261249282865460801c61106e565b85546001600160801b031660809190911b6001600160801b031916178555565b8284541661108e565b166001600160801b03198254161790556103a0515f5261048051602052600160405f205560206105605101518060081c5f5261054051602052600160ff60405f2092161b1981541690556020610560510151906002610440510180548060e01c841061255e575b5050604051906103a051825260208201527fc10a5806d1b1ef6bd5f1d0e4dbf2de70b7db3ec41221fc54365472e171b1197b60406104205192a3565b6001600160e01b031660e084901b6001600160e01b0319161790555f80612522565b5060c06105605101516001821b1615611a3a565b50611a4a565b6125ae610440516104a051610560516114e0565b6119e7565b6104e051610340515f196001831b81019004916101000483810201116129d5575b5f5f916102a0516129bb575b5f5b6104c05181106128f557505f5b6104c051811061282657505f925f1960016104e0511b01830281165f5b6104c0518110612735575060208660051b610500510101525f5b6104c05181106126aa57505082198219821616612649575b5050506001016119c1565b5f610100525b6104e0516101000461010051101561263e5760016104e05161010051021b831983198316161661268a575b600161010051016101005261264f565b6001610100516104e051610100048602011b61038051176103805261267a565b80600180921b61028051166126c0575b01612626565b848160051b6102e051016102008101519161270f575b508160051b61030051016126e982611389565b81510190526127058260051b6102c05101911987891716611389565b81510190526126ba565b61272c905f19856104e0511b015f190490866104e0519151611472565b8616175f6126d6565b6001811b610280511661274b575b60010161260c565b906001908260051b6102e0510161010081015161040082015190610300830151916102008401928351905f1960ff6105c05160081c1601805f1461281a5780891461280e578060021461280457806003146127fb57806004146127f257806005146127e9576006146127df571616905b89198916911616988980925217975f19846104e0511b010290511617919050612743565b91905016906127bb565b501716906127bb565b505050906127bb565b501617906127bb565b50905017906127bb565b509190911717906127bb565b505050505f19906127bb565b6001811b610280511661283c575b6001016125ef565b600181015b6104c05181106128515750612834565b6001811b6102805116612867575b600101612841565b6128945f1960016104e0511b015f19046104e0518360051b6102e05101518560051b6102e0510151611472565b5f5b600281106128a557505061285f565b806001918560051b6102e05101906128e6575b6102008101805190610400610300840193845192888086169518905201828216815117905218905201612896565b508360051b6102e051016128b8565b8060019160051b5f610200826102e0510101525f610300826102e0510101525f610400826102e05101015282821b6102805116612934575b50016125e2565b86816102605101510160051b6103605101359081816102e05101528491610240516104e0511c15612971575b506102e0510161010001525f61292d565b6104e0516102405186821b5f19818101848a1b8a901b8201909104908102858116939092038102928301841c811694841c909116909101821c16901b171985169150610100612960565b9150508160051b818185013516906101e0510135916125e0565b505f1960016104e0516104e0516101000484026103405103021b015f1960016104e0511b015f1904166125d4565b5f905b6080610560510151821015612ba357612a378260406105605101516104e0515f1960016104e0511b015f19046116b5565b612a4e8361155560206104a051016104a051610fa9565b3516918215612b9957612a71612a6384611389565b6101a0610560510151610f89565b6101a0610560510152612a918161155560406104a051016104a051610fa9565b35925f5b6104c0518110612aae57505060019192505b0190612a06565b60019060a061056051015182821b1615612b9457612b4086612aec612adf8761034c86610120610560510151611028565b6105a05161036051611102565b3518836104e05111612b8b575b60026104e05111612b81575b60046104e05111612b77575b60086104e05111612b6d575b60106104e05111612b63575b5f19846104e0511b015f1904901916198416611389565b612b5b8261037d6101806105605101519361034c8386611028565b525b01612a95565b8060101c17612b29565b8060081c17612b1d565b8060041c17612b11565b8060021c17612b05565b80841c17612af9565b612b5d565b6001919250612aa7565b90505f5b6104c0518110612bb75750611931565b60019060ff6105c05160301c16612bd682610180610560510151611028565b5111612be3575b01612ba7565b60c0610560510182821b8151179052612bdd565b61ffff6105c05160181c16610240526118a6565b6104a05135801515810361083f5715612d0c575060206104a0510190612c34826104a051610fa9565b61056051608001519081148015949250612ceb575b508215612c83575b5050612c6957600160e06105605101525b5f80611865565b6020610560510151630f95ced960e11b5f5260045260245ffd5b6020919250612cdf612c9b612cc4926104a051610fa9565b9390612cca612cb360406104a051016104a051610fa9565b604051968794868601998a91611218565b91611218565b60606104a05101358152038084520182610e55565b51902014155f80612c51565b909250612d0160406104a051016104a051610fa9565b90501415915f612c49565b612d28915063ffffffff600161044051015460a01c1690610f89565b4211612c62576020610560510151635936730360e01b5f5260045260245ffd5b60206105605101516346ecef6760e11b5f5260045260245ffd5b508042111561184d565b506117e6612da9612d9663ffffffff6105c05160601c1664ffffffffff6103c05160601c16610f89565b63ffffffff6105c05160801c1690610f89565b90506117cf565b63f075432960e01b5f5260045260245ffdfeb8f37a1ae603de4890df401a44188bc0071f81cccddc890659a77ce37f02fc00",
}

// SettleLib is an auto generated Go binding around an Ethereum contract.
type SettleLib struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SettleLib) GetABI() abi.ABI {
	return c.abi
}

// NewSettleLib creates a new instance of SettleLib.
func NewSettleLib() *SettleLib {
	parsed, err := SettleLibMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SettleLib{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SettleLib) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// SettleLibChunkReleased represents a ChunkReleased event raised by the SettleLib contract.
type SettleLibChunkReleased struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Lane       *big.Int
	Released   *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const SettleLibChunkReleasedEventName = "ChunkReleased"

// ContractEventName returns the user-defined event name.
func (SettleLibChunkReleased) ContractEventName() string {
	return SettleLibChunkReleasedEventName
}

// UnpackChunkReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkReleased(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256 released)
func (settleLib *SettleLib) UnpackChunkReleasedEvent(log *types.Log) (*SettleLibChunkReleased, error) {
	event := "ChunkReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settleLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettleLibChunkReleased)
	if len(log.Data) > 0 {
		if err := settleLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settleLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettleLibDisputesExpired represents a DisputesExpired event raised by the SettleLib contract.
type SettleLibDisputesExpired struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Lane       *big.Int
	TaskMask   *big.Int
	Paid       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const SettleLibDisputesExpiredEventName = "DisputesExpired"

// ContractEventName returns the user-defined event name.
func (SettleLibDisputesExpired) ContractEventName() string {
	return SettleLibDisputesExpiredEventName
}

// UnpackDisputesExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputesExpired(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256 taskMask, uint256 paid)
func (settleLib *SettleLib) UnpackDisputesExpiredEvent(log *types.Log) (*SettleLibDisputesExpired, error) {
	event := "DisputesExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settleLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettleLibDisputesExpired)
	if len(log.Data) > 0 {
		if err := settleLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settleLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettleLibFinalized represents a Finalized event raised by the SettleLib contract.
type SettleLibFinalized struct {
	CampaignId   *big.Int
	ChunkId      *big.Int
	Lane         *big.Int
	Accepted     []*big.Int
	DisputeMask  *big.Int
	GoldRevealed bool
	Released     *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const SettleLibFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (SettleLibFinalized) ContractEventName() string {
	return SettleLibFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256[] accepted, uint256 disputeMask, bool goldRevealed, uint256 released)
func (settleLib *SettleLib) UnpackFinalizedEvent(log *types.Log) (*SettleLibFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settleLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettleLibFinalized)
	if len(log.Data) > 0 {
		if err := settleLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settleLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettleLibResolved represents a Resolved event raised by the SettleLib contract.
type SettleLibResolved struct {
	CampaignId        *big.Int
	ChunkId           *big.Int
	Reviewer          common.Address
	TaskMask          *big.Int
	Labels            []*big.Int
	Fee               *big.Int
	RemainingDisputes *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const SettleLibResolvedEventName = "Resolved"

// ContractEventName returns the user-defined event name.
func (SettleLibResolved) ContractEventName() string {
	return SettleLibResolvedEventName
}

// UnpackResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Resolved(uint256 indexed campaignId, uint256 indexed chunkId, address indexed reviewer, uint256 taskMask, uint256[] labels, uint256 fee, uint256 remainingDisputes)
func (settleLib *SettleLib) UnpackResolvedEvent(log *types.Log) (*SettleLibResolved, error) {
	event := "Resolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settleLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettleLibResolved)
	if len(log.Data) > 0 {
		if err := settleLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settleLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SettleLibSettled represents a Settled event raised by the SettleLib contract.
type SettleLibSettled struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Account    common.Address
	Reason     uint8
	Matched    *big.Int
	Missed     *big.Int
	Credited   *big.Int
	Stake      *big.Int
	RepDelta   *big.Int
	Reputation *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const SettleLibSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (SettleLibSettled) ContractEventName() string {
	return SettleLibSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(uint256 indexed campaignId, uint256 indexed chunkId, address indexed account, uint8 reason, uint256 matched, uint256 missed, uint256 credited, int256 stake, int256 repDelta, uint256 reputation)
func (settleLib *SettleLib) UnpackSettledEvent(log *types.Log) (*SettleLibSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != settleLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SettleLibSettled)
	if len(log.Data) > 0 {
		if err := settleLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settleLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (settleLib *SettleLib) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], settleLib.abi.Errors["AlreadyFinalized"].ID.Bytes()[:4]) {
		return settleLib.UnpackAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["BalanceOverflow"].ID.Bytes()[:4]) {
		return settleLib.UnpackBalanceOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["DisputeExpired"].ID.Bytes()[:4]) {
		return settleLib.UnpackDisputeExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["DisputeWindowOpen"].ID.Bytes()[:4]) {
		return settleLib.UnpackDisputeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["FinalizeTooEarly"].ID.Bytes()[:4]) {
		return settleLib.UnpackFinalizeTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["GoldMismatch"].ID.Bytes()[:4]) {
		return settleLib.UnpackGoldMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["GoldNotStratified"].ID.Bytes()[:4]) {
		return settleLib.UnpackGoldNotStratifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["GoldRequired"].ID.Bytes()[:4]) {
		return settleLib.UnpackGoldRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["InvalidLabel"].ID.Bytes()[:4]) {
		return settleLib.UnpackInvalidLabelError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["LabelsMismatch"].ID.Bytes()[:4]) {
		return settleLib.UnpackLabelsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["NotDisputed"].ID.Bytes()[:4]) {
		return settleLib.UnpackNotDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["NotReviewer"].ID.Bytes()[:4]) {
		return settleLib.UnpackNotReviewerError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["ReviewerIsAnnotator"].ID.Bytes()[:4]) {
		return settleLib.UnpackReviewerIsAnnotatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["ReviewersFirst"].ID.Bytes()[:4]) {
		return settleLib.UnpackReviewersFirstError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["StaleRecord"].ID.Bytes()[:4]) {
		return settleLib.UnpackStaleRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["TooMuchGold"].ID.Bytes()[:4]) {
		return settleLib.UnpackTooMuchGoldError(raw[4:])
	}
	if bytes.Equal(raw[:4], settleLib.abi.Errors["WrongLabelCount"].ID.Bytes()[:4]) {
		return settleLib.UnpackWrongLabelCountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SettleLibAlreadyFinalized represents a AlreadyFinalized error raised by the SettleLib contract.
type SettleLibAlreadyFinalized struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinalized(uint256 chunkId)
func SettleLibAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0xf075432911496a9efbc824c20b649ec3a83845a62966846bd8cf1cbb1cea71c3")
}

// UnpackAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinalized(uint256 chunkId)
func (settleLib *SettleLib) UnpackAlreadyFinalizedError(raw []byte) (*SettleLibAlreadyFinalized, error) {
	out := new(SettleLibAlreadyFinalized)
	if err := settleLib.abi.UnpackIntoInterface(out, "AlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibBalanceOverflow represents a BalanceOverflow error raised by the SettleLib contract.
type SettleLibBalanceOverflow struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BalanceOverflow(address account)
func SettleLibBalanceOverflowErrorID() common.Hash {
	return common.HexToHash("0xb32337753cdaa0ba150efae844db74e1536b6156c0ae499e96be64d0a894ebb9")
}

// UnpackBalanceOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BalanceOverflow(address account)
func (settleLib *SettleLib) UnpackBalanceOverflowError(raw []byte) (*SettleLibBalanceOverflow, error) {
	out := new(SettleLibBalanceOverflow)
	if err := settleLib.abi.UnpackIntoInterface(out, "BalanceOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibDisputeExpired represents a DisputeExpired error raised by the SettleLib contract.
type SettleLibDisputeExpired struct {
	ChunkId  *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeExpired(uint256 chunkId, uint256 deadline)
func SettleLibDisputeExpiredErrorID() common.Hash {
	return common.HexToHash("0xb80257bd2788328d63afd027b3e298fe6a1808ad2bb105b3e1302ad0dcc73905")
}

// UnpackDisputeExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeExpired(uint256 chunkId, uint256 deadline)
func (settleLib *SettleLib) UnpackDisputeExpiredError(raw []byte) (*SettleLibDisputeExpired, error) {
	out := new(SettleLibDisputeExpired)
	if err := settleLib.abi.UnpackIntoInterface(out, "DisputeExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibDisputeWindowOpen represents a DisputeWindowOpen error raised by the SettleLib contract.
type SettleLibDisputeWindowOpen struct {
	ChunkId  *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowOpen(uint256 chunkId, uint256 deadline)
func SettleLibDisputeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x99bb138db3346048a27162775c38a19e5a452e375f5fdf9e143fe56633d4d821")
}

// UnpackDisputeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowOpen(uint256 chunkId, uint256 deadline)
func (settleLib *SettleLib) UnpackDisputeWindowOpenError(raw []byte) (*SettleLibDisputeWindowOpen, error) {
	out := new(SettleLibDisputeWindowOpen)
	if err := settleLib.abi.UnpackIntoInterface(out, "DisputeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibFinalizeTooEarly represents a FinalizeTooEarly error raised by the SettleLib contract.
type SettleLibFinalizeTooEarly struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FinalizeTooEarly(uint256 chunkId)
func SettleLibFinalizeTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x8dd9dece8c45db340155bbf2a304bcc3ac597a40a18b47cda3a85ad4b706faa6")
}

// UnpackFinalizeTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FinalizeTooEarly(uint256 chunkId)
func (settleLib *SettleLib) UnpackFinalizeTooEarlyError(raw []byte) (*SettleLibFinalizeTooEarly, error) {
	out := new(SettleLibFinalizeTooEarly)
	if err := settleLib.abi.UnpackIntoInterface(out, "FinalizeTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibGoldMismatch represents a GoldMismatch error raised by the SettleLib contract.
type SettleLibGoldMismatch struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldMismatch(uint256 chunkId)
func SettleLibGoldMismatchErrorID() common.Hash {
	return common.HexToHash("0x1f2b9db28c18812a24066623226f88e607f4f64d382e09ba79b3d41ca0b3d69e")
}

// UnpackGoldMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldMismatch(uint256 chunkId)
func (settleLib *SettleLib) UnpackGoldMismatchError(raw []byte) (*SettleLibGoldMismatch, error) {
	out := new(SettleLibGoldMismatch)
	if err := settleLib.abi.UnpackIntoInterface(out, "GoldMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibGoldNotStratified represents a GoldNotStratified error raised by the SettleLib contract.
type SettleLibGoldNotStratified struct {
	ChunkId  *big.Int
	Distinct *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldNotStratified(uint256 chunkId, uint256 distinct, uint256 required)
func SettleLibGoldNotStratifiedErrorID() common.Hash {
	return common.HexToHash("0x1e3d4cec3a1fea693fd473f62560c475a63b97b61caf24c847d599599cfdb0a3")
}

// UnpackGoldNotStratifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldNotStratified(uint256 chunkId, uint256 distinct, uint256 required)
func (settleLib *SettleLib) UnpackGoldNotStratifiedError(raw []byte) (*SettleLibGoldNotStratified, error) {
	out := new(SettleLibGoldNotStratified)
	if err := settleLib.abi.UnpackIntoInterface(out, "GoldNotStratified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibGoldRequired represents a GoldRequired error raised by the SettleLib contract.
type SettleLibGoldRequired struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldRequired(uint256 chunkId)
func SettleLibGoldRequiredErrorID() common.Hash {
	return common.HexToHash("0x59367303fd193fb279fd3e49bfdba8938c144fd2c01d08203f670df265a85d85")
}

// UnpackGoldRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldRequired(uint256 chunkId)
func (settleLib *SettleLib) UnpackGoldRequiredError(raw []byte) (*SettleLibGoldRequired, error) {
	out := new(SettleLibGoldRequired)
	if err := settleLib.abi.UnpackIntoInterface(out, "GoldRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibInvalidLabel represents a InvalidLabel error raised by the SettleLib contract.
type SettleLibInvalidLabel struct {
	ChunkId *big.Int
	Task    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLabel(uint256 chunkId, uint256 task)
func SettleLibInvalidLabelErrorID() common.Hash {
	return common.HexToHash("0xe813d6e02049e89d58d5a4880b7858ab92eb145afcfb5f102af44c631c1bb673")
}

// UnpackInvalidLabelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLabel(uint256 chunkId, uint256 task)
func (settleLib *SettleLib) UnpackInvalidLabelError(raw []byte) (*SettleLibInvalidLabel, error) {
	out := new(SettleLibInvalidLabel)
	if err := settleLib.abi.UnpackIntoInterface(out, "InvalidLabel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibLabelsMismatch represents a LabelsMismatch error raised by the SettleLib contract.
type SettleLibLabelsMismatch struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LabelsMismatch(uint256 chunkId, uint256 seat)
func SettleLibLabelsMismatchErrorID() common.Hash {
	return common.HexToHash("0xe7337b656a57d19625ef4e196414ac188b92eaa05867e2626f2fc6525246a837")
}

// UnpackLabelsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LabelsMismatch(uint256 chunkId, uint256 seat)
func (settleLib *SettleLib) UnpackLabelsMismatchError(raw []byte) (*SettleLibLabelsMismatch, error) {
	out := new(SettleLibLabelsMismatch)
	if err := settleLib.abi.UnpackIntoInterface(out, "LabelsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibNotDisputed represents a NotDisputed error raised by the SettleLib contract.
type SettleLibNotDisputed struct {
	ChunkId  *big.Int
	TaskMask *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputed(uint256 chunkId, uint256 taskMask)
func SettleLibNotDisputedErrorID() common.Hash {
	return common.HexToHash("0xb07139115f1667be64cf68ad7744e7d26b4b3b1bb8595a542658a1e70762ad19")
}

// UnpackNotDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputed(uint256 chunkId, uint256 taskMask)
func (settleLib *SettleLib) UnpackNotDisputedError(raw []byte) (*SettleLibNotDisputed, error) {
	out := new(SettleLibNotDisputed)
	if err := settleLib.abi.UnpackIntoInterface(out, "NotDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibNotReviewer represents a NotReviewer error raised by the SettleLib contract.
type SettleLibNotReviewer struct {
	ChunkId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReviewer(uint256 chunkId, address caller)
func SettleLibNotReviewerErrorID() common.Hash {
	return common.HexToHash("0x87de184463496172c6761f2a4ee6a1c25c016765b7f8c4e70cafd38e6ec5e712")
}

// UnpackNotReviewerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReviewer(uint256 chunkId, address caller)
func (settleLib *SettleLib) UnpackNotReviewerError(raw []byte) (*SettleLibNotReviewer, error) {
	out := new(SettleLibNotReviewer)
	if err := settleLib.abi.UnpackIntoInterface(out, "NotReviewer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibReviewerIsAnnotator represents a ReviewerIsAnnotator error raised by the SettleLib contract.
type SettleLibReviewerIsAnnotator struct {
	ChunkId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReviewerIsAnnotator(uint256 chunkId, address caller)
func SettleLibReviewerIsAnnotatorErrorID() common.Hash {
	return common.HexToHash("0xf5d8da5654098c6b7826d1987778c68d2582caa2c739fe2c0de416d43669e8e7")
}

// UnpackReviewerIsAnnotatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReviewerIsAnnotator(uint256 chunkId, address caller)
func (settleLib *SettleLib) UnpackReviewerIsAnnotatorError(raw []byte) (*SettleLibReviewerIsAnnotator, error) {
	out := new(SettleLibReviewerIsAnnotator)
	if err := settleLib.abi.UnpackIntoInterface(out, "ReviewerIsAnnotator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibReviewersFirst represents a ReviewersFirst error raised by the SettleLib contract.
type SettleLibReviewersFirst struct {
	ChunkId *big.Int
	From    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReviewersFirst(uint256 chunkId, uint256 from)
func SettleLibReviewersFirstErrorID() common.Hash {
	return common.HexToHash("0x49d97927c7ba51e0abf4415e3d9658c63901be1286d8797547e017da0e1a7610")
}

// UnpackReviewersFirstError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReviewersFirst(uint256 chunkId, uint256 from)
func (settleLib *SettleLib) UnpackReviewersFirstError(raw []byte) (*SettleLibReviewersFirst, error) {
	out := new(SettleLibReviewersFirst)
	if err := settleLib.abi.UnpackIntoInterface(out, "ReviewersFirst", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibStaleRecord represents a StaleRecord error raised by the SettleLib contract.
type SettleLibStaleRecord struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleRecord(uint256 lane)
func SettleLibStaleRecordErrorID() common.Hash {
	return common.HexToHash("0xa35145496d65cce685a9a4a8fb64606f23b03e2d2bdc96f9cb74798f029e1147")
}

// UnpackStaleRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleRecord(uint256 lane)
func (settleLib *SettleLib) UnpackStaleRecordError(raw []byte) (*SettleLibStaleRecord, error) {
	out := new(SettleLibStaleRecord)
	if err := settleLib.abi.UnpackIntoInterface(out, "StaleRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibTooMuchGold represents a TooMuchGold error raised by the SettleLib contract.
type SettleLibTooMuchGold struct {
	ChunkId *big.Int
	Count   *big.Int
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooMuchGold(uint256 chunkId, uint256 count, uint256 max)
func SettleLibTooMuchGoldErrorID() common.Hash {
	return common.HexToHash("0x6dc749ec90001ef382944d9d638ad90ccfbc3561a2810428467086205c16aeda")
}

// UnpackTooMuchGoldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooMuchGold(uint256 chunkId, uint256 count, uint256 max)
func (settleLib *SettleLib) UnpackTooMuchGoldError(raw []byte) (*SettleLibTooMuchGold, error) {
	out := new(SettleLibTooMuchGold)
	if err := settleLib.abi.UnpackIntoInterface(out, "TooMuchGold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettleLibWrongLabelCount represents a WrongLabelCount error raised by the SettleLib contract.
type SettleLibWrongLabelCount struct {
	ChunkId *big.Int
	Got     *big.Int
	Want    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongLabelCount(uint256 chunkId, uint256 got, uint256 want)
func SettleLibWrongLabelCountErrorID() common.Hash {
	return common.HexToHash("0xbca5754688b40dd371924574e78943b614d27cd90845acd8e6909faf24736aec")
}

// UnpackWrongLabelCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongLabelCount(uint256 chunkId, uint256 got, uint256 want)
func (settleLib *SettleLib) UnpackWrongLabelCountError(raw []byte) (*SettleLibWrongLabelCount, error) {
	out := new(SettleLibWrongLabelCount)
	if err := settleLib.abi.UnpackIntoInterface(out, "WrongLabelCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
